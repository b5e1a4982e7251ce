import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveOrderGroup } from "../../../store/order-groups/helpers"

/** A split checkout with its payment and each vendor's order. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ order_group: await retrieveOrderGroup(req.scope, req.params.id) })
}
