import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** A vendor's public profile with its published products; only active vendors are shown. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [vendor] } = await query.graph({
    entity: "vendor",
    fields: ["id", "handle", "name", "description", "logo", "created_at", "products.id", "products.title", "products.handle", "products.thumbnail", "products.status"],
    filters: { handle: req.params.handle, status: "active" },
  })
  if (!vendor) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Vendor ${req.params.handle} not found`)
  }
  const products = (vendor.products ?? []).filter((p: any) => p?.status === "published")
  res.json({ vendor: { ...vendor, products } })
}
