import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertVendorOwnsProducts } from "@broadcart/plugin-marketplace"

export const assertVendorProductsStepId = "assert-vendor-products"

/** NOT_FOUND unless every product belongs to the vendor (another vendor's ids are not found). */
export const assertVendorProductsStep = createStep(
  assertVendorProductsStepId,
  async ({ vendor_id, product_ids }: { vendor_id: string; product_ids?: string[] }, { container }) => {
    if (!product_ids?.length) {
      return new StepResponse([] as string[])
    }
    await assertVendorOwnsProducts(container, vendor_id, product_ids)
    return new StepResponse(product_ids)
  }
)
