import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/** Where vendor products are sold, stocked and shipped from: the store's defaults. */
export async function storeDefaults(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
  const channelId = store?.default_sales_channel_id ?? undefined
  const { data: [channel] } = channelId
    ? await query.graph({ entity: "sales_channel", fields: ["id", "stock_locations.id"], filters: { id: channelId } })
    : { data: [] }
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  return {
    channelId,
    locationId: channel?.stock_locations?.[0]?.id as string | undefined,
    profileId: profile?.id as string | undefined,
  }
}
