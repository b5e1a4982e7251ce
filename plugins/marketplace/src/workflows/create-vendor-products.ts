import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow, createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../modules/marketplace"

export type CreateVendorProductsInput = {
  vendor_id: string
  products: CreateProductWorkflowInputDTO[]
}

export const createVendorProductsWorkflowId = "create-vendor-products"

/** Creates products and links them to their vendor; both are undone if either fails. */
export const createVendorProductsWorkflow = createWorkflow(
  createVendorProductsWorkflowId,
  (input: CreateVendorProductsInput) => {
    const products = createProductsWorkflow.runAsStep({ input: { products: input.products } })
    const links = transform({ input, products }, ({ input, products }) =>
      products.map((product) => ({
        [MARKETPLACE_MODULE]: { vendor_id: input.vendor_id },
        [Modules.PRODUCT]: { product_id: product.id },
      }))
    )
    createRemoteLinkStep(links)
    return new WorkflowResponse(products)
  }
)
