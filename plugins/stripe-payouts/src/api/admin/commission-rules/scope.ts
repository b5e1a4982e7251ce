import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { retrieveVendor } from "@broadcart/plugin-marketplace"

/** NOT_FOUND when a rule names a vendor or product category that does not exist. */
export async function assertScopeExists(container: MedusaContainer, body: { vendor_id?: string | null; product_category_id?: string | null }) {
  if (body.vendor_id) {
    await retrieveVendor(container, body.vendor_id, ["id"])
  }
  if (body.product_category_id) {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product_category",
      fields: ["id"],
      filters: { id: body.product_category_id },
    })
    if (!data.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product category ${body.product_category_id} not found`)
    }
  }
}
