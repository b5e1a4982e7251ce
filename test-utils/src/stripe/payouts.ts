import Stripe from "stripe"
import type { MedusaContainer } from "@medusajs/framework/types"
import { adminHeaders, fromIp } from "../admin"
import { twoVendorCart } from "../marketplace/carts"
import { seedStore } from "../seed"
import { waitFor } from "../wait"
import { activeAccountPatch, startFakeStripe, type FakeStripe } from "./fake-stripe"

export const WEBHOOK_SECRET = "whsec_broadcartpayoutstest"

/**
 * Starts the fake Stripe before the app boots and points the app at it (Stripe payments and
 * payouts), so every SDK call in the app lands on the fake.
 */
export function useFakeStripe(extraEnv: Record<string, string> = {}) {
  const handle = { fake: undefined as unknown as FakeStripe }
  const env = () => ({
    STRIPE_API_KEY: "sk_test_broadcart",
    STRIPE_API_BASE_URL: handle.fake.url,
    STRIPE_CONNECT_WEBHOOK_SECRET: WEBHOOK_SECRET,
    ...extraEnv,
  })
  beforeAll(async () => {
    handle.fake = await startFakeStripe()
    Object.assign(process.env, env())
  })
  afterAll(async () => {
    for (const key of Object.keys(env())) {
      delete process.env[key]
    }
    await handle.fake.close()
  })
  return handle
}

/** Lets the store's region take Stripe card payments. */
export async function enableStripe(api: any, container: MedusaContainer, regionId: string) {
  const admin = await adminHeaders(container, api)
  const res = await api.post(`/admin/regions/${regionId}`, { payment_providers: ["pp_system_default", "pp_stripe_stripe"] }, fromIp("10.90.0.1", admin.headers))
  expect(res.status).toBe(200)
  return admin
}

let events = 0

/** Posts a Stripe event to the payouts webhook, signed as Stripe would (or with another secret). */
export async function sendWebhook(
  api: any,
  type: string,
  object: Record<string, any>,
  opts: { id?: string; account?: string; created?: number; secret?: string; timestamp?: number } = {}
) {
  const event = {
    id: opts.id ?? `evt_test_${++events}_${Date.now()}`,
    object: "event",
    type,
    created: opts.created ?? Math.floor(Date.now() / 1000),
    account: opts.account,
    livemode: false,
    api_version: "2025-09-30.clover",
    data: { object },
  }
  const res = await postSigned(api, "/hooks/stripe-payouts", JSON.stringify(event), opts)
  return { res, event }
}

/** Posts a raw body to a webhook route with a valid Stripe-Signature for it (or for another secret). */
export function postSigned(api: any, path: string, payload: string, opts: { secret?: string; timestamp?: number } = {}) {
  const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: opts.secret ?? WEBHOOK_SECRET, timestamp: opts.timestamp })
  return api.post(path, payload, { headers: { "stripe-signature": header, "content-type": "application/json" }, validateStatus: () => true })
}

/** Onboards a vendor: POST /vendor/payouts/onboarding, then Stripe reports the account active. */
export async function onboardVendor(api: any, fake: FakeStripe, vendor: { as: () => any }, { activate = true } = {}) {
  const started = await api.post("/vendor/payouts/onboarding", {}, vendor.as())
  expect(started.status).toBe(200)
  const accountId = started.data.account.stripe_account_id as string
  if (activate) {
    await activateAccount(api, fake, accountId)
  }
  return { accountId, url: started.data.url as string }
}

/** Stripe reports the connected account as fully onboarded. */
export async function activateAccount(api: any, fake: FakeStripe, accountId: string) {
  const account = fake.updateAccount(accountId, activeAccountPatch)
  const { res } = await sendWebhook(api, "account.updated", account, { account: accountId })
  expect(res.status).toBe(200)
}

/** The admin's view of a vendor's payouts. */
export async function payoutsOf(api: any, admin: { headers: any }, vendorId: string) {
  const res = await api.get(`/admin/payouts?vendor_id=${vendorId}`, fromIp("10.90.0.1", admin.headers))
  expect([res.status, res.data.message]).toEqual([200, undefined])
  return res.data.payouts as any[]
}

/**
 * A checkout of two vendors' products paid by Stripe card (authorized, not captured) under mixed
 * commission rules: Lighting 15% (A's lamps), Rug Room 5% + 0.30 a unit on items and shipping, 10% default.
 */
export async function paidTwoVendorOrder(api: any, container: MedusaContainer) {
  const store = await seedStore(container)
  const admin = await enableStripe(api, container, store.regionId)
  const as = (h = admin.headers) => fromIp("10.90.0.1", h)
  const cart = await twoVendorCart(
    api,
    container,
    store,
    [
      { vendor: "Lamp Works", product: "Desk Lamp", price: 40, quantity: 2 },
      { vendor: "Rug Room", product: "Wool Rug", price: 120, quantity: 1 },
    ],
    "pp_stripe_stripe"
  )
  const { a, b, aItem } = cart
  // Lamps are in "Lighting" (15%); Rug Room has its own rule (5% + 0.30 a unit, on shipping too);
  // the platform default (10%) would apply to anything else.
  const category = await api.post("/admin/product-categories", { name: "Lighting", is_active: true }, as())
  const categorised = await api.post(`/admin/products/${aItem.product.id}`, { categories: [{ id: category.data.product_category.id }] }, as())
  expect([categorised.status, categorised.data.message]).toEqual([200, undefined])
  const rules = [
    { percentage: 10 },
    { product_category_id: category.data.product_category.id, percentage: 15 },
    { vendor_id: b.vendor.id, currency_code: "usd", percentage: 5, fixed_amount: 0.3, include_shipping: true },
  ]
  for (const rule of rules) {
    expect((await api.post("/admin/commission-rules", rule, as())).status).toBe(201)
  }
  const done = await api.post(`/store/carts/${cart.cartId}/complete`, {}, cart.buyer.as())
  expect(done.status).toBe(200)
  const group = done.data.order_group
  const orderA = cart.orderOf(group, a)
  const orderB = cart.orderOf(group, b)
  return { container, store, admin, as, a, b, group, orderA, orderB, cart }
}

/** Waits for the vendor's one payout (it is opened by a subscriber after checkout). */
export async function payoutOf(api: any, admin: { headers: any }, vendorId: string, status?: string) {
  return waitFor(
    async () => {
      const [payout] = await payoutsOf(api, admin, vendorId)
      return payout && (!status || payout.status === status) ? payout : null
    },
    `${vendorId}'s payout${status ? ` to be ${status}` : ""}`
  )
}
