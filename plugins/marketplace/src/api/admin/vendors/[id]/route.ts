import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateVendorWorkflow } from "../../../../workflows"

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

/** A vendor by id in the admin's default fields, or a 404. */
export async function retrieveVendor(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [vendor] } = await query.graph({
    entity: "vendor",
    fields: req.queryConfig?.fields ?? ["*", "members.*"],
    filters: { id },
  })
  if (!vendor) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Vendor ${id} not found`)
  }
  return vendor
}
