import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import VendorProductLink from "../../../links/vendor-product"

/** Ids of the vendor's products, optionally narrowed to `ids`. */
export async function vendorProductIds(container: MedusaContainer, vendorId: string, ids?: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = { vendor_id: vendorId }
  if (ids) {
    filters.product_id = ids
  }
  const { data } = await query.graph({ entity: VendorProductLink.entryPoint, fields: ["product_id"], filters })
  return data.map((row: { product_id: string }) => row.product_id)
}

/** Throws NOT_FOUND unless the product belongs to the vendor: other vendors' ids look absent. */
export async function assertVendorProduct(container: MedusaContainer, vendorId: string, productId: string) {
  const [owned] = await vendorProductIds(container, vendorId, [productId])
  if (!owned) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${productId} not found`)
  }
}
