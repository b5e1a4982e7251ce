import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { POST as refundPayment } from "@medusajs/medusa/api/admin/payments/[id]/refund/route"
import { refetchPayment } from "@medusajs/medusa/api/admin/payments/helpers"
import { refundOrderBalanceWorkflow } from "../../../../../workflows/refund-order-balance"
import { sharePayment } from "../../helpers"

/**
 * Medusa's payment refund, except for an order's share of a split checkout (the refund form of
 * Medusa's order page): that refunds the amount from the group's payment, at most what was
 * captured for this order.
 */
export const POST = async (req: AuthenticatedMedusaRequest<{ amount?: number; note?: string }>, res: MedusaResponse) => {
  const share = await sharePayment(req.scope, req.params.id)
  if (!share) {
    return refundPayment(req as any, res)
  }
  await refundOrderBalanceWorkflow(req.scope).run({
    input: { order_id: share.order_id, mode: "all", max: req.validatedBody?.amount, created_by: req.auth_context.actor_id, note: req.validatedBody?.note },
  })
  res.json({ payment: await refetchPayment(req.params.id, req.scope, req.queryConfig.fields) })
}
