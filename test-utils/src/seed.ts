import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

const REGIONS = [
  { name: "North America", currency_code: "usd", countries: ["us", "ca"] },
  { name: "Europe", currency_code: "eur", countries: ["de", "fr", "gb", "es", "it"] },
]
const COUNTRIES = REGIONS.flatMap((r) => r.countries)

/**
 * Seeds what a storefront needs in a fresh test database: USD and EUR regions (the system
 * payment provider, and Stripe when STRIPE_API_KEY is set), taxes, a warehouse stocking the
 * default sales channel, standard, express and return shipping, and a publishable key.
 * Returns the key, the USD region and the return shipping option.
 */
export async function seedStore(container: MedusaContainer) {
  const [store] = await container.resolve(Modules.STORE).listStores()
  const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({}, { take: 1, order: { created_at: "ASC" } })
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: { supported_currencies: [{ currency_code: "usd", is_default: true }, { currency_code: "eur" }], default_sales_channel_id: channel.id },
    },
  })
  const providers = process.env.STRIPE_API_KEY ? ["pp_system_default", "pp_stripe_stripe"] : ["pp_system_default"]
  const { result: regions } = await createRegionsWorkflow(container).run({
    input: { regions: REGIONS.map((r) => ({ ...r, payment_providers: providers })) },
  })
  await createTaxRegionsWorkflow(container).run({ input: COUNTRIES.map((country_code) => ({ country_code, provider_id: "tp_system" })) })
  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Main Warehouse", address: { city: "New York", country_code: "US", address_1: "" } }] },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [channel.id] } })
  const returnOptionId = await seedShipping(container, location.id, regions)
  const {
    result: [key],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Broadcart Storefront", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })
  return { key: key.token, regionId: regions.find((r) => r.currency_code === "usd")!.id, returnOptionId }
}

/** Ships from the warehouse to every seeded country; returns the id of the free return option. */
async function seedShipping(container: MedusaContainer, locationId: string, regions: { id: string; currency_code: string }[]) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  const profileId =
    profile?.id ??
    (await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "Default Shipping Profile", type: "default" }] } })).result[0].id
  const set = await fulfillment.createFulfillmentSets({
    name: "Main Warehouse delivery",
    type: "shipping",
    service_zones: [{ name: "Worldwide", geo_zones: COUNTRIES.map((country_code) => ({ country_code, type: "country" as const })) }],
  })
  const location = { [Modules.STOCK_LOCATION]: { stock_location_id: locationId } }
  await container.resolve(ContainerRegistrationKeys.LINK).create([
    { ...location, [Modules.FULFILLMENT]: { fulfillment_set_id: set.id } },
    { ...location, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } },
  ])
  const option = (name: string, code: string, prices: { usd: number; eur: number }, isReturn = false) => ({
    name,
    price_type: "flat" as const,
    provider_id: "manual_manual",
    service_zone_id: set.service_zones[0].id,
    shipping_profile_id: profileId,
    type: { label: name, description: name, code },
    prices: [
      ...(["usd", "eur"] as const).map((currency_code) => ({ currency_code, amount: prices[currency_code] })),
      ...regions.map((r) => ({ region_id: r.id, amount: prices[r.currency_code as "usd" | "eur"] })),
    ],
    rules: [
      { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
      { attribute: "is_return", value: String(isReturn), operator: "eq" as const },
    ],
  })
  const { result } = await createShippingOptionsWorkflow(container).run({
    input: [
      option("Standard Shipping", "standard", { usd: 5, eur: 5 }),
      option("Express Shipping", "express", { usd: 15, eur: 14 }),
      option("Free Returns", "return", { usd: 0, eur: 0 }, true),
    ],
  })
  return result.find((o) => o.name === "Free Returns")!.id
}
