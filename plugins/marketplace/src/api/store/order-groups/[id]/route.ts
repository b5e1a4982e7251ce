import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveOrderGroup } from "../helpers"

/** A signed-in customer's split checkout: one purchase, one payment, one order per vendor. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const order_group = await retrieveOrderGroup(req.scope, req.params.id, req.auth_context.actor_id)
  res.json({ order_group })
}
