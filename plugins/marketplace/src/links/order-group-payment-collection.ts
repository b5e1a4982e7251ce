import { defineLink } from "@medusajs/framework/utils"
import PaymentModule from "@medusajs/medusa/payment"
import MarketplaceModule from "../modules/marketplace"

/** The one payment of a split checkout belongs to its group, not to any vendor's order. */
export default defineLink(MarketplaceModule.linkable.orderGroup, PaymentModule.linkable.paymentCollection)
