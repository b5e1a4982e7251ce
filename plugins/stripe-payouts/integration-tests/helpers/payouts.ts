import Stripe from "stripe"
import type { MedusaContainer } from "@medusajs/framework/types"
import { adminHeaders, fromIp } from "../../../../integration-tests/helpers/admin"
import { activeAccountPatch, startFakeStripe, type FakeStripe } from "./fake-stripe"

export const WEBHOOK_SECRET = "whsec_broadcartpayoutstest"

/**
 * Starts the fake Stripe before the app boots and points the app at it (Stripe payments and
 * payouts), so every SDK call in the app lands on the fake.
 */
export function useFakeStripe() {
  const handle = { fake: undefined as unknown as FakeStripe }
  beforeAll(async () => {
    handle.fake = await startFakeStripe()
    Object.assign(process.env, {
      STRIPE_API_KEY: "sk_test_broadcart",
      STRIPE_API_BASE_URL: handle.fake.url,
      STRIPE_CONNECT_WEBHOOK_SECRET: WEBHOOK_SECRET,
    })
  })
  afterAll(async () => {
    delete process.env.STRIPE_API_KEY
    delete process.env.STRIPE_API_BASE_URL
    delete process.env.STRIPE_CONNECT_WEBHOOK_SECRET
    await handle.fake.close()
  })
  return handle
}

/** Lets the store's region take Stripe card payments. */
export async function enableStripe(api: any, container: MedusaContainer, regionId: string) {
  const admin = await adminHeaders(container, api)
  const res = await api.post(
    `/admin/regions/${regionId}`,
    { payment_providers: ["pp_system_default", "pp_stripe_stripe"] },
    fromIp("10.90.0.1", admin.headers)
  )
  expect(res.status).toBe(200)
  return admin
}

let events = 0

/** Posts a Stripe event to the payouts webhook, signed as Stripe would (or with another secret). */
export async function sendWebhook(api: any, type: string, object: Record<string, any>, opts: { id?: string; account?: string; created?: number; secret?: string; timestamp?: number } = {}) {
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
  const payload = JSON.stringify(event)
  const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: opts.secret ?? WEBHOOK_SECRET, timestamp: opts.timestamp })
  const res = await api.post("/hooks/stripe-payouts", payload, {
    headers: { "stripe-signature": header, "content-type": "application/json" },
    validateStatus: () => true,
  })
  return { res, event }
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

/** Polls until `check` returns a truthy value (subscribers run after the response). */
export async function waitFor<T>(check: () => Promise<T>, what: string, timeoutMs = 15_000): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) {
      return value as NonNullable<T>
    }
    if (Date.now() > until) {
      throw new Error(`Timed out waiting for ${what}`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** The admin's view of a vendor's payouts. */
export async function payoutsOf(api: any, admin: { headers: any }, vendorId: string) {
  const res = await api.get(`/admin/payouts?vendor_id=${vendorId}`, fromIp("10.90.0.1", admin.headers))
  expect([res.status, res.data.message]).toEqual([200, undefined])
  return res.data.payouts as any[]
}
