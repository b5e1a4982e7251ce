import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import MarketplaceModule from "../modules/marketplace"

/** A vendor owns many products; a product belongs to one vendor. */
export default defineLink(MarketplaceModule.linkable.vendor, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
