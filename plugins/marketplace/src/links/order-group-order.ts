import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import MarketplaceModule from "../modules/marketplace"

/** A split checkout's group holds one order per vendor. */
export default defineLink(MarketplaceModule.linkable.orderGroup, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
