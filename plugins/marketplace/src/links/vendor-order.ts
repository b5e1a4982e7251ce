import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import MarketplaceModule from "../modules/marketplace"

/** A vendor sells many orders; each split order belongs to one vendor. */
export default defineLink(MarketplaceModule.linkable.vendor, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
