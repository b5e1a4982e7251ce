import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export const assertVendorProductsStepId = "assert-vendor-products"

/** NOT_FOUND unless every product belongs to the vendor (another vendor's ids are not found). */
export const assertVendorProductsStep = createStep(
  assertVendorProductsStepId,
  async ({ vendor_id, product_ids }: { vendor_id: string; product_ids?: string[] }, { container }) => {
    if (!product_ids?.length) {
      return new StepResponse([] as string[])
    }
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product",
      fields: ["id", "vendor.id"],
      filters: { id: product_ids },
    })
    const own = new Set(data.filter((p: any) => p.vendor?.id === vendor_id).map((p: any) => p.id))
    const missing = product_ids.filter((id) => !own.has(id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Products not found: ${missing.join(", ")}`)
    }
    return new StepResponse(product_ids)
  }
)
