import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { sendCachedJson } from "@broadcart/core/http"
import { retrieveStoreVendorQueryConfig } from "../query-config"

/**
 * A vendor's public profile with its published products; only active vendors are shown. Cached
 * until a vendor or a product changes.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await sendCachedJson(req, res, { tags: ["Vendor:list:*", "Product:list:*"] }, () => vendorProfile(req))
}

async function vendorProfile(req: MedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [vendor],
  } = await query.graph({
    entity: "vendor",
    fields: retrieveStoreVendorQueryConfig.defaults,
    filters: { handle: req.params.handle, status: "active" },
  })
  if (!vendor) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Vendor ${req.params.handle} not found`)
  }
  const products = (vendor.products ?? []).filter((p: any) => p?.status === "published")
  return { vendor: { ...vendor, products } }
}
