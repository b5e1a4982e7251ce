import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateVendorWorkflow } from "../../../../workflows"
import { retrieveVendor } from "../helpers"

/** One vendor with its team. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ vendor: await retrieveVendor(req, req.params.id) })
}

/** Edits a vendor's profile. */
export async function POST(req: AuthenticatedMedusaRequest<Record<string, unknown>>, res: MedusaResponse) {
  await retrieveVendor(req, req.params.id)
  await updateVendorWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ vendor: await retrieveVendor(req, req.params.id) })
}
