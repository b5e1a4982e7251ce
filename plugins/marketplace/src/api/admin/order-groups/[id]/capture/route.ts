import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { captureOrderGroupWorkflow } from "../../../../../workflows/capture-order-group"
import { retrieveOrderGroup } from "../../../../store/order-groups/helpers"

/** Captures the checkout's payment for what its live orders still owe. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await captureOrderGroupWorkflow(req.scope).run({
    input: { order_group_id: req.params.id, captured_by: req.auth_context.actor_id },
  })
  res.json({ captured_amount: result.amount, order_group: await retrieveOrderGroup(req.scope, req.params.id) })
}
