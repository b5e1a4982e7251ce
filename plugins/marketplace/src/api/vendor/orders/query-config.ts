/** Fields of a vendor's order in lists. */
const vendorOrderListFields = [
  "id",
  "display_id",
  "status",
  "email",
  "customer_id",
  "currency_code",
  "total",
  "created_at",
  "updated_at",
  "items.id",
  "items.title",
  "items.quantity",
]

/** Fields of one order for the vendor: what it takes to pack and ship it, and nothing of others. */
const vendorOrderFields = [
  ...vendorOrderListFields,
  "subtotal",
  "tax_total",
  "shipping_total",
  "discount_total",
  "metadata",
  "items.*",
  "items.detail.*",
  "shipping_address.*",
  "shipping_methods.id",
  "shipping_methods.name",
  "shipping_methods.amount",
  "shipping_methods.shipping_option_id",
  "fulfillments.*",
  "fulfillments.labels.*",
  "fulfillments.items.*",
  "returns.id",
  "returns.status",
  "returns.created_at",
  "returns.received_at",
  "returns.items.*",
  "summary.*",
  "order_group.id",
]

/** GET /vendor/orders. */
export const listVendorOrderQueryConfig = { defaults: vendorOrderListFields, isList: true }

/** One vendor order, as every order route answers it. */
export const retrieveVendorOrderQueryConfig = { defaults: vendorOrderFields, isList: false }
