import type { MedusaResponse } from "@medusajs/framework/http"
import { createProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import type { VendorRequest } from "../../../context"
import { assertVariantOptions, assertVendorProduct } from "../../helpers"
import type { VendorCreateVariantType } from "../../validators"

/** Adds a variant to one of the vendor's products. */
export async function POST(req: VendorRequest<VendorCreateVariantType>, res: MedusaResponse) {
  await assertVendorProduct(req.scope, req.vendor.vendor_id, req.params.id)
  const { inventory_quantity, ...variant } = req.validatedBody
  await assertVariantOptions(req.scope, req.params.id, variant.options)
  const { result } = await createProductVariantsWorkflow(req.scope).run({
    input: { product_variants: [{ ...variant, product_id: req.params.id } as any] },
  })
  res.status(201).json({ variant: result[0] })
}
