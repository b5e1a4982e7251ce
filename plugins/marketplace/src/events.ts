export { MarketplaceOrderEvents, type MarketplaceOrderEventData } from "@broadcart/core/contracts/marketplace"
