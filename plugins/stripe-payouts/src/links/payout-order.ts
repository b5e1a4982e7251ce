import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import PayoutsModule from "../modules/payouts"

/** Read-only: a payout's vendor order, so the ledger can show its display id and status. */
export default defineLink({ linkable: PayoutsModule.linkable.payout, field: "order_id" }, OrderModule.linkable.order, { readOnly: true })
