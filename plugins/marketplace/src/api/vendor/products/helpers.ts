import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { FieldError } from "@broadcart/core/http"
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

/** The variant with its inventory item, if it belongs to the vendor's product; 404 otherwise. */
export async function vendorVariant(container: MedusaContainer, vendorId: string, productId: string, variantId: string) {
  await assertVendorProduct(container, vendorId, productId)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [variant],
  } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id", "manage_inventory", "inventory_items.inventory_item_id"],
    filters: { id: variantId, product_id: productId },
  })
  if (!variant) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${variantId} not found`)
  }
  return variant
}

/** A new variant names a value for each of its product's options, and no other option (Medusa answers 500 otherwise). */
export async function assertVariantOptions(container: MedusaContainer, productId: string, options: Record<string, string> = {}) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({ entity: "product", fields: ["options.title"], filters: { id: productId } })
  const titles: string[] = (product?.options ?? []).map((o: any) => o.title)
  const missing = titles.filter((t) => !(t in options))
  if (missing.length) {
    throw new FieldError("options", `options must give a value for: ${missing.join(", ")}`)
  }
  const unknown = Object.keys(options).filter((t) => !titles.includes(t))
  if (unknown.length) {
    throw new FieldError("options", `The product has no option ${unknown.join(", ")}`)
  }
}

/** Where vendor products are sold, stocked and shipped from: the store's defaults. */
export async function storeDefaults(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
  const channelId = store?.default_sales_channel_id ?? undefined
  const {
    data: [channel],
  } = channelId ? await query.graph({ entity: "sales_channel", fields: ["id", "stock_locations.id"], filters: { id: channelId } }) : { data: [] }
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  return {
    channelId,
    locationId: channel?.stock_locations?.[0]?.id as string | undefined,
    profileId: profile?.id as string | undefined,
  }
}
