import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** NOT_FOUND when a rule names a vendor or product category that does not exist. */
export async function assertScopeExists(container: MedusaContainer, body: { vendor_id?: string | null; product_category_id?: string | null }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const checks = [
    ["vendor", body.vendor_id],
    ["product_category", body.product_category_id],
  ] as const
  for (const [entity, id] of checks) {
    if (!id) {
      continue
    }
    const { data } = await query.graph({ entity, fields: ["id"], filters: { id } })
    if (!data.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `${entity === "vendor" ? "Vendor" : "Product category"} ${id} not found`)
    }
  }
}
