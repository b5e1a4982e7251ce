import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateVendorWorkflow } from "../../../../../workflows"
import { retrieveVendor } from "../../helpers"

/** Approves a pending (or reinstates a suspended) vendor. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await retrieveVendor(req, req.params.id)
  await updateVendorWorkflow(req.scope).run({
    input: { id: req.params.id, status: "active", status_reason: null },
  })
  res.json({ vendor: await retrieveVendor(req, req.params.id) })
}
