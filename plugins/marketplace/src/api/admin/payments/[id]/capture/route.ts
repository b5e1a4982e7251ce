import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { POST as capturePayment } from "@medusajs/medusa/api/admin/payments/[id]/capture/route"
import { refetchPayment } from "@medusajs/medusa/api/admin/payments/helpers"
import { captureOrderGroupWorkflow } from "../../../../../workflows/capture-order-group"
import { sharePayment } from "../../helpers"

/**
 * Medusa's payment capture, except for an order's share of a split checkout (the capture button
 * of Medusa's order page): that captures what the order still owes from the group's payment.
 */
export const POST = async (req: AuthenticatedMedusaRequest<{ amount?: number }>, res: MedusaResponse) => {
  const share = await sharePayment(req.scope, req.params.id)
  if (!share) {
    return capturePayment(req as any, res)
  }
  await captureOrderGroupWorkflow(req.scope).run({
    input: { ...share, order_ids: [share.order_id], max: req.validatedBody?.amount, captured_by: req.auth_context.actor_id },
  })
  res.json({ payment: await refetchPayment(req.params.id, req.scope, req.queryConfig.fields) })
}
