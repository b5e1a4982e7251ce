import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import VendorProductLink from "../../../links/vendor-product"

const SUMMARY = ["vendor.id", "vendor.handle", "vendor.name", "vendor.logo"]

/** Store product answers carry their vendor's public summary. */
export function withVendorSummary(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const fields = req.queryConfig?.fields
  if (Array.isArray(fields) && !fields.some((f) => f.startsWith("vendor."))) {
    fields.push(...SUMMARY)
  }
  next()
}

type WithVendorParam = MedusaRequest & { vendorHandle?: string }

/**
 * Takes `?vendor=<handle>` off the query before Medusa validates it (a middleware without a
 * method runs before the route's own), for `filterByVendor` to apply afterwards.
 */
export function takeVendorParam(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.query as Record<string, unknown>
  if (req.method === "GET" && "vendor" in query) {
    ;(req as WithVendorParam).vendorHandle = String(query.vendor)
    delete query.vendor
  }
  next()
}

/** Narrows the store product list to the products of the vendor named by `?vendor=<handle>`. */
export async function filterByVendor(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const handle = (req as WithVendorParam).vendorHandle
  if (!handle) {
    return next()
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [vendor],
  } = await query.graph({
    entity: "vendor",
    fields: ["id"],
    filters: { handle, status: "active" },
  })
  const { data: links } = vendor
    ? await query.graph({ entity: VendorProductLink.entryPoint, fields: ["product_id"], filters: { vendor_id: vendor.id } })
    : { data: [] }
  const ids = links.map((l: { product_id: string }) => l.product_id)
  const existing = req.filterableFields.id
  const wanted = existing ? ids.filter((id: string) => [existing].flat().includes(id)) : ids
  req.filterableFields.id = wanted.length ? wanted : ["prod_none"]
  next()
}

/** Ids of products whose vendor is not active (pending or suspended): hidden from the store. */
async function hiddenProductIds(req: MedusaRequest): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: vendors } = await query.graph({
    entity: "vendor",
    fields: ["id"],
    filters: { status: ["pending", "suspended"] },
  })
  if (!vendors.length) {
    return []
  }
  const { data: links } = await query.graph({
    entity: VendorProductLink.entryPoint,
    fields: ["product_id"],
    filters: { vendor_id: vendors.map((v: { id: string }) => v.id) },
  })
  return links.map((l: { product_id: string }) => l.product_id)
}

/** Leaves products of suspended or unapproved vendors out of store product lists. */
export async function hideInactiveVendorProducts(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const hidden = await hiddenProductIds(req)
  if (hidden.length) {
    const existing = req.filterableFields.id
    req.filterableFields.id = existing ? [existing].flat().filter((id) => !hidden.includes(id as string)) : { $nin: hidden }
  }
  next()
}

/** Answers 404 for a product of a suspended or unapproved vendor. */
export async function rejectInactiveVendorProduct(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if ((await hiddenProductIds(req)).includes(req.params.id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${req.params.id} was not found`)
  }
  next()
}
