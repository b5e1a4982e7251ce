/*
 * The marketplace's public API: what other plugins may import from `@broadcart/plugin-marketplace`.
 * Anything else in this package is internal and may change without notice.
 */
export { requireVendorRole, type VendorContext, type VendorRequest } from "./api/vendor/context"
export {
  VendorEvents,
  MarketplaceOrderEvents,
  type VendorEventData,
  type VendorMemberEventData,
  type VendorInviteCreatedData,
  type MarketplaceOrderEventData,
} from "./events"
export type { Scope } from "./lookups/scope"
export { listVendors, retrieveVendor, listVendorIds, vendorOfMember, type Vendor, type VendorField, type VendorStatus } from "./lookups/vendors"
export { vendorIdsOfProducts, assertVendorOwnsProducts } from "./lookups/products"
export { paymentsOfOrderGroups, orderIdsOfPayment, type OrderGroupPayment } from "./lookups/order-groups"
export { default as VendorProductLink } from "./links/vendor-product"
export { default as VendorOrderLink } from "./links/vendor-order"
export { default as OrderGroupOrderLink } from "./links/order-group-order"
export { default as OrderGroupPaymentCollectionLink } from "./links/order-group-payment-collection"
