import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInventoryLevelsWorkflow, createProductsWorkflow, createRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../modules/marketplace"

export type CreateVendorProductsInput = {
  vendor_id: string
  products: CreateProductWorkflowInputDTO[]
  /** Opening stock per variant SKU, stocked at `location_id`. */
  stock?: { sku: string; quantity: number }[]
  location_id?: string
}

export const createVendorProductsWorkflowId = "create-vendor-products"

/** Creates products with their opening stock and links them to their vendor, all or nothing. */
export const createVendorProductsWorkflow = createWorkflow(createVendorProductsWorkflowId, (input: CreateVendorProductsInput) => {
  const products = createProductsWorkflow.runAsStep({ input: { products: input.products } })
  const links = transform({ input, products }, ({ input, products }) =>
    products.map((product) => ({
      [MARKETPLACE_MODULE]: { vendor_id: input.vendor_id },
      [Modules.PRODUCT]: { product_id: product.id },
    }))
  )
  createRemoteLinkStep(links)

  const variantIds = transform({ products }, ({ products }) => products.flatMap((p) => (p.variants ?? []).map((v) => v.id)))
  const { data: variants } = useQueryGraphStep({
    entity: "product_variant",
    fields: ["id", "sku", "inventory_items.inventory_item_id"],
    filters: { id: variantIds },
  })
  const levels = transform({ input, variants }, ({ input, variants }) => {
    const wanted = new Map((input.stock ?? []).map((s) => [s.sku, s.quantity]))
    if (!input.location_id || !wanted.size) {
      return []
    }
    return variants.flatMap((v: any) =>
      wanted.has(v.sku) && v.inventory_items?.[0]
        ? [{ inventory_item_id: v.inventory_items[0].inventory_item_id, location_id: input.location_id!, stocked_quantity: wanted.get(v.sku)! }]
        : []
    )
  })
  createInventoryLevelsWorkflow.runAsStep({ input: { inventory_levels: levels } })
  return new WorkflowResponse(products)
})
