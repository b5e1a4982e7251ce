import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createRegionsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { createVendorProductsWorkflow } from "@broadcart/plugin-marketplace/workflows"
import { MARKETPLACE_MODULE } from "@broadcart/plugin-marketplace/modules/marketplace"
import { DEMO_PRODUCTS, DEMO_VENDOR } from "./seed-products"

const SEEDED_FLAG = "broadcart_seeded_at"
const REGIONS = [
  { name: "North America", currency_code: "usd", countries: ["us", "ca"] },
  { name: "Europe", currency_code: "eur", countries: ["de", "fr", "gb", "es", "it"] },
]

/**
 * Seeds a fresh database once: regions, shipping, a publishable key, an admin user and demo
 * products of an active demo vendor. A second run finds the flag on the store and only ensures the admin user.
 */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  await ensureAdminUser(container)

  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores()
  if (store.metadata?.[SEEDED_FLAG]) {
    logger.info(`Demo data already seeded at ${store.metadata[SEEDED_FLAG]}`)
    return
  }

  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const [salesChannel] = await salesChannelModule.listSalesChannels({}, { take: 1, order: { created_at: "ASC" } })

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Broadcart Demo Store",
        supported_currencies: [{ currency_code: "usd", is_default: true }, { currency_code: "eur" }],
        default_sales_channel_id: salesChannel.id,
      },
    },
  })

  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: REGIONS.map((r) => ({ ...r, payment_providers: paymentProviders() })),
    },
  })
  const countries = REGIONS.flatMap((r) => r.countries)
  await createTaxRegionsWorkflow(container).run({
    input: countries.map((country_code) => ({ country_code, provider_id: "tp_system" })),
  })

  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Main Warehouse", address: { city: "New York", country_code: "US", address_1: "" } }] },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [salesChannel.id] },
  })
  const shippingProfileId = await defaultShippingProfile(container)
  await seedShipping(container, location.id, shippingProfileId, countries, regions)

  const {
    result: [apiKey],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Broadcart Storefront", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: apiKey.id, add: [salesChannel.id] },
  })

  const [vendor] = await container
    .resolve<{ createVendors(data: object[]): Promise<{ id: string; handle: string }[]> }>(MARKETPLACE_MODULE)
    .createVendors([{ ...DEMO_VENDOR, status: "active" }])
  const { result: products } = await createVendorProductsWorkflow(container).run({
    input: {
      vendor_id: vendor.id,
      products: DEMO_PRODUCTS.map((p) => ({
        ...p,
        status: ProductStatus.PUBLISHED,
        shipping_profile_id: shippingProfileId,
        sales_channels: [{ id: salesChannel.id }],
      })),
    },
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id"],
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: items.map((item) => ({
        inventory_item_id: item.id,
        location_id: location.id,
        stocked_quantity: 100,
      })),
    },
  })

  await storeModule.updateStores(store.id, {
    metadata: { ...(store.metadata ?? {}), [SEEDED_FLAG]: new Date().toISOString() },
  })
  logger.info(`Seeded ${regions.length} regions, ${products.length} products of vendor ${vendor.handle} and a publishable key`)
}

/** Creates the admin from ADMIN_EMAIL and ADMIN_PASSWORD unless that user exists. */
export async function ensureAdminUser(container: ExecArgs["container"]) {
  const email = process.env.ADMIN_EMAIL
  const password = process.env.ADMIN_PASSWORD
  if (!email || !password) {
    return
  }
  const userModule = container.resolve(Modules.USER)
  if ((await userModule.listUsers({ email })).length) {
    return
  }
  const authModule = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await authModule.register("emailpass", {
    body: { email, password },
  } as any)
  if (error || !authIdentity) {
    throw new Error(`Could not register admin ${email}: ${error}`)
  }
  await createUserAccountWorkflow(container).run({
    input: { userData: { email, first_name: "Admin" }, authIdentityId: authIdentity.id },
  })
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Created admin user ${email}`)
}

async function defaultShippingProfile(container: ExecArgs["container"]): Promise<string> {
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillmentModule.listShippingProfiles({ type: "default" })
  if (existing) {
    return existing.id
  }
  const {
    result: [created],
  } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
  })
  return created.id
}

async function seedShipping(container: ExecArgs["container"], locationId: string, shippingProfileId: string, countries: string[], regions: { id: string }[]) {
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillmentSet = await fulfillmentModule.createFulfillmentSets({
    name: "Main Warehouse delivery",
    type: "shipping",
    service_zones: [{ name: "Worldwide", geo_zones: countries.map((country_code) => ({ country_code, type: "country" as const })) }],
  })
  await link.create([
    { [Modules.STOCK_LOCATION]: { stock_location_id: locationId }, [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id } },
    { [Modules.STOCK_LOCATION]: { stock_location_id: locationId }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } },
  ])
  const rules = [
    { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
    { attribute: "is_return", value: "false", operator: "eq" as const },
  ]
  const option = (name: string, code: string, description: string, usd: number, eur: number) => ({
    name,
    price_type: "flat" as const,
    provider_id: "manual_manual",
    service_zone_id: fulfillmentSet.service_zones[0].id,
    shipping_profile_id: shippingProfileId,
    type: { label: name, description, code },
    prices: [
      { currency_code: "usd", amount: usd },
      { currency_code: "eur", amount: eur },
      ...regions.map((r, i) => ({ region_id: r.id, amount: i === 0 ? usd : eur })),
    ],
    rules,
  })
  await createShippingOptionsWorkflow(container).run({
    input: [
      option("Standard Shipping", "standard", "Ships in 2-3 days.", 5, 5),
      option("Express Shipping", "express", "Ships in 24 hours.", 15, 14),
      {
        ...option("Free Returns", "return", "Send items back to the warehouse at no cost.", 0, 0),
        rules: [rules[0], { ...rules[1], value: "true" }],
      },
    ],
  })
}

/** Card payments through Stripe when it is configured, besides the manual system provider. */
function paymentProviders() {
  return process.env.STRIPE_API_KEY ? ["pp_system_default", "pp_stripe_stripe"] : ["pp_system_default"]
}
