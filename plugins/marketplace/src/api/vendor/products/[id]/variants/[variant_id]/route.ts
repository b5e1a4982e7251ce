import type { MedusaResponse } from "@medusajs/framework/http"
import { deleteProductVariantsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import type { VendorRequest } from "../../../../context"
import type { VendorUpdateVariantType } from "../../../validators"
import { vendorVariant } from "../../../helpers"

/** Edits a variant of the vendor's product: title, SKU, prices, backorders. */
export async function POST(req: VendorRequest<VendorUpdateVariantType>, res: MedusaResponse) {
  await vendorVariant(req.scope, req.vendor.vendor_id, req.params.id, req.params.variant_id)
  const { result } = await updateProductVariantsWorkflow(req.scope).run({
    input: { product_variants: [{ id: req.params.variant_id, ...req.validatedBody }] as any },
  })
  res.json({ variant: result[0] })
}

/** Deletes a variant of the vendor's product. */
export async function DELETE(req: VendorRequest, res: MedusaResponse) {
  await vendorVariant(req.scope, req.vendor.vendor_id, req.params.id, req.params.variant_id)
  await deleteProductVariantsWorkflow(req.scope).run({ input: { ids: [req.params.variant_id] } })
  res.json({ id: req.params.variant_id, object: "variant", deleted: true })
}
