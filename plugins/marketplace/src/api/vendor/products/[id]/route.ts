import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deleteProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { VendorRequest } from "../../context"
import { assertVendorProduct } from "../helpers"
import { retrieveVendorProductQueryConfig } from "../query-config"
import type { VendorUpdateProductType } from "../validators"

async function retrieve(req: VendorRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({ entity: "product", fields: retrieveVendorProductQueryConfig.defaults, filters: { id: req.params.id } })
  return product
}

/** One of the vendor's products. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  await assertVendorProduct(req.scope, req.vendor.vendor_id, req.params.id)
  res.json({ product: await retrieve(req) })
}

/** Edits one of the vendor's products. */
export async function POST(req: VendorRequest<VendorUpdateProductType>, res: MedusaResponse) {
  await assertVendorProduct(req.scope, req.vendor.vendor_id, req.params.id)
  await updateProductsWorkflow(req.scope).run({
    input: { selector: { id: req.params.id }, update: req.validatedBody as any },
  })
  res.json({ product: await retrieve(req) })
}

/** Deletes one of the vendor's products. */
export async function DELETE(req: VendorRequest, res: MedusaResponse) {
  await assertVendorProduct(req.scope, req.vendor.vendor_id, req.params.id)
  await deleteProductsWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "product", deleted: true })
}
