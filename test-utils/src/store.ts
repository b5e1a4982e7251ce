import { fromIp } from "./admin"

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
