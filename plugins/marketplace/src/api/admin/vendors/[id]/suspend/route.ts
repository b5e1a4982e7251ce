import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateVendorWorkflow } from "../../../../../workflows"
import { retrieveVendor } from "../../helpers"

/** Suspends a vendor: its members are refused on every vendor route. */
export async function POST(req: AuthenticatedMedusaRequest<{ reason?: string }>, res: MedusaResponse) {
  await retrieveVendor(req, req.params.id)
  await updateVendorWorkflow(req.scope).run({
    input: { id: req.params.id, status: "suspended", status_reason: req.validatedBody.reason ?? null },
  })
  res.json({ vendor: await retrieveVendor(req, req.params.id) })
}
