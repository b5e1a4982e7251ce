import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createVendorProductsWorkflow } from "../../../workflows"
import type { VendorRequest } from "../context"
import { vendorProductIds } from "./ownership"
import type { VendorCreateProductType, VendorListProductsType } from "./validators"

export const PRODUCT_FIELDS = ["*", "options.*", "options.values.*", "variants.*", "variants.options.*", "variants.prices.*", "images.*"]

/** The vendor's own products, filterable by status and title. */
export async function GET(req: VendorRequest & { validatedQuery: VendorListProductsType }, res: MedusaResponse) {
  const { q, status, limit, offset } = req.validatedQuery
  const ids = await vendorProductIds(req.scope, req.vendor.vendor_id)
  const filters: Record<string, unknown> = { id: ids }
  if (status) {
    filters.status = status
  }
  if (q) {
    filters.q = q
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products, metadata } = ids.length
    ? await query.graph({ entity: "product", fields: PRODUCT_FIELDS, filters, pagination: { skip: offset, take: limit, order: { created_at: "DESC" } } })
    : { data: [], metadata: { count: 0 } }
  res.json({ products, count: metadata?.count ?? products.length, offset, limit })
}

/** Creates a product owned by the vendor, in the store's default sales channel. */
export async function POST(req: VendorRequest<VendorCreateProductType>, res: MedusaResponse) {
  const [store] = await req.scope.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
  const salesChannels = store?.default_sales_channel_id ? [{ id: store.default_sales_channel_id }] : []
  const { result } = await createVendorProductsWorkflow(req.scope).run({
    input: {
      vendor_id: req.vendor.vendor_id,
      products: [{ ...req.validatedBody, sales_channels: salesChannels } as any],
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({ entity: "product", fields: PRODUCT_FIELDS, filters: { id: result[0].id } })
  res.status(201).json({ product })
}
