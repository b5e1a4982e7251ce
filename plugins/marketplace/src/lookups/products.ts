import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import VendorProductLink from "../links/vendor-product"
import type { Scope } from "./scope"

/** The vendor of each product, or null for a product no vendor sells (or no such product). */
export async function vendorIdsOfProducts(scope: Scope, productIds: string[]): Promise<Record<string, string | null>> {
  const owners: Record<string, string | null> = Object.fromEntries(productIds.map((id) => [id, null]))
  if (!productIds.length) {
    return owners
  }
  const { data: links } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: VendorProductLink.entryPoint,
    fields: ["product_id", "vendor_id"],
    filters: { product_id: [...new Set(productIds)] },
  })
  for (const link of links as { product_id: string; vendor_id: string }[]) {
    owners[link.product_id] = link.vendor_id
  }
  return owners
}

/** NOT_FOUND, naming them, unless every product belongs to the vendor: another vendor's products look absent. */
export async function assertVendorOwnsProducts(scope: Scope, vendorId: string, productIds: string[]): Promise<void> {
  const owners = await vendorIdsOfProducts(scope, productIds)
  const missing = productIds.filter((id) => owners[id] !== vendorId)
  if (missing.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Products not found: ${missing.join(", ")}`)
  }
}
