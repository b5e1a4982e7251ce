import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import seed from "../../../../src/scripts/seed"
import { fromIp } from "../../../../integration-tests/helpers/admin"
import { signUpActiveVendor } from "./vendors"

/** Seeds regions, shipping, stock location and a storefront key; returns what a storefront needs. */
export async function seedStore(container: MedusaContainer) {
  await seed({ container, args: [] } as any)
  const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ title: "Broadcart Storefront" })
  const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "usd" })
  const options = await container.resolve(Modules.FULFILLMENT).listShippingOptions({}, { relations: ["rules"] })
  const returnOption = options.find((o: any) => o.rules.some((r: any) => r.attribute === "is_return" && r.value === "true"))
  return { key: key.token, regionId: region.id, returnOptionId: returnOption!.id }
}

let customers = 0

/** Registers and logs in a customer; `as()` gives headers for the store API. */
export async function signUpCustomer(api: any, storeKey: string) {
  const n = ++customers
  const email = `buyer-${n}@shoppers.test`
  const ip = `10.70.${n}.1`
  const store = (extra: Record<string, string> = {}) => fromIp(ip, { "x-publishable-api-key": storeKey, ...extra })
  const register = await api.post("/auth/customer/emailpass/register", { email, password: "buyer-pass-1" }, store())
  await api.post("/store/customers", { email, first_name: "Bea", last_name: "Buyer" }, store({ authorization: `Bearer ${register.data.token}` }))
  const login = await api.post("/auth/customer/emailpass", { email, password: "buyer-pass-1" }, store())
  expect(login.status).toBe(200)
  return { email, as: (extra: Record<string, string> = {}) => store({ authorization: `Bearer ${login.data.token}`, ...extra }) }
}

/** A vendor product with one variant, stocked at the store's warehouse. */
export async function createStockedProduct(api: any, vendor: { as: () => any }, title: string, amount: number, stock = 10) {
  const sku = title.toUpperCase().replace(/\W+/g, "-")
  const res = await api.post(
    "/vendor/products",
    {
      title,
      status: "published",
      options: [{ title: "Size", values: ["One"] }],
      variants: [{ title: "One", sku, options: { Size: "One" }, inventory_quantity: stock, prices: [{ currency_code: "usd", amount }] }],
    },
    vendor.as()
  )
  expect(res.status).toBe(201)
  return { product: res.data.product, variantId: res.data.product.variants[0].id as string }
}

/** Fills a cart with `lines`, picks the cheapest shipping and a payment session (system by default); returns the cart id. */
export async function readyCart(
  api: any,
  customer: { as: () => any },
  regionId: string,
  lines: { variantId: string; quantity: number }[],
  providerId = "pp_system_default"
) {
  const cart = await api.post(
    "/store/carts",
    {
      region_id: regionId,
      shipping_address: { first_name: "Bea", last_name: "Buyer", address_1: "1 Main St", city: "New York", country_code: "us", postal_code: "10001" },
    },
    customer.as()
  )
  expect(cart.status).toBe(200)
  const id = cart.data.cart.id
  for (const line of lines) {
    const added = await api.post(`/store/carts/${id}/line-items`, { variant_id: line.variantId, quantity: line.quantity }, customer.as())
    expect(added.status).toBe(200)
  }
  const options = await api.get(`/store/shipping-options?cart_id=${id}`, customer.as())
  const cheapest = [...options.data.shipping_options].sort((a: any, b: any) => a.amount - b.amount)[0]
  expect((await api.post(`/store/carts/${id}/shipping-methods`, { option_id: cheapest.id }, customer.as())).status).toBe(200)
  const collection = await api.post("/store/payment-collections", { cart_id: id }, customer.as())
  const session = await api.post(
    `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`,
    { provider_id: providerId },
    customer.as()
  )
  expect(session.status).toBe(200)
  return id as string
}

type SellerSpec = { vendor: string; product: string; price: number; quantity: number }

/** Two active vendors with one stocked product each, and a customer's cart ready to complete holding both. */
export async function twoVendorCart(
  api: any,
  container: MedusaContainer,
  store: { key: string; regionId: string },
  specs: [SellerSpec, SellerSpec],
  providerId?: string
) {
  const [a, b] = [await signUpActiveVendor(api, container, specs[0].vendor), await signUpActiveVendor(api, container, specs[1].vendor)]
  const aItem = await createStockedProduct(api, a, specs[0].product, specs[0].price)
  const bItem = await createStockedProduct(api, b, specs[1].product, specs[1].price)
  const buyer = await signUpCustomer(api, store.key)
  const cartId = await readyCart(api, buyer, store.regionId, [
    { variantId: aItem.variantId, quantity: specs[0].quantity },
    { variantId: bItem.variantId, quantity: specs[1].quantity },
  ], providerId)
  /** A vendor's order in a completed group. */
  const orderOf = (group: any, vendor: typeof a) => group.orders.find((o: any) => o.vendor.id === vendor.vendor.id)
  return { a, b, aItem, bItem, buyer, cartId, orderOf }
}
