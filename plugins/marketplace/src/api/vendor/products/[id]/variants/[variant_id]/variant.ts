import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { assertVendorProduct } from "../../../ownership"

/** The variant with its inventory item, if it belongs to the vendor's product; 404 otherwise. */
export async function vendorVariant(container: MedusaContainer, vendorId: string, productId: string, variantId: string) {
  await assertVendorProduct(container, vendorId, productId)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [variant] } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id", "manage_inventory", "inventory_items.inventory_item_id"],
    filters: { id: variantId, product_id: productId },
  })
  if (!variant) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${variantId} not found`)
  }
  return variant
}
