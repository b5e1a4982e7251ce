import type { MedusaResponse } from "@medusajs/framework/http"
import { randomBytes } from "node:crypto"
import { ContainerRegistrationKeys, toHandle } from "@medusajs/framework/utils"
import { createVendorProductsWorkflow } from "../../../workflows"
import type { VendorRequest } from "../context"
import { storeDefaults, vendorProductIds } from "./helpers"
import { listVendorProductQueryConfig, retrieveVendorProductQueryConfig } from "./query-config"
import type { VendorCreateProductType, VendorListProductsType } from "./validators"

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
    ? await query.graph({
        entity: "product",
        fields: listVendorProductQueryConfig.defaults,
        filters,
        pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
      })
    : { data: [], metadata: { count: 0 } }
  res.json({ products, count: metadata?.count ?? products.length, offset, limit })
}

/** Creates a product owned by the vendor, with opening stock, in the store's default channel. */
export async function POST(req: VendorRequest<VendorCreateProductType>, res: MedusaResponse) {
  const { channelId, locationId, profileId } = await storeDefaults(req.scope)
  const { variants, ...details } = req.validatedBody
  // Stock is matched to variants by SKU, so stocked variants without one get a generated SKU.
  const withSkus = variants.map((v, i) => ({
    ...v,
    sku: v.sku ?? (v.inventory_quantity === undefined ? undefined : `${req.vendor.vendor_id}-${Date.now()}-${i}`.toUpperCase()),
  }))
  const stock = withSkus.flatMap((v) => (v.inventory_quantity === undefined ? [] : [{ sku: v.sku!, quantity: v.inventory_quantity }]))
  const { result } = await createVendorProductsWorkflow(req.scope).run({
    input: {
      vendor_id: req.vendor.vendor_id,
      location_id: locationId,
      stock,
      products: [
        {
          ...details,
          // Handles are unique across the marketplace, so two vendors may sell "Podcast Mic".
          handle: details.handle ?? `${toHandle(details.title)}-${randomBytes(3).toString("hex")}`,
          variants: withSkus.map(({ inventory_quantity, ...v }) => v),
          sales_channels: channelId ? [{ id: channelId }] : [],
          shipping_profile_id: profileId,
        } as any,
      ],
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({ entity: "product", fields: retrieveVendorProductQueryConfig.defaults, filters: { id: result[0].id } })
  res.status(201).json({ product })
}
