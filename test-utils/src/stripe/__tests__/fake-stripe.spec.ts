import path from "node:path"
import Stripe from "stripe"
import { activeAccountPatch, startFakeStripe, type FakeStripe } from "../fake-stripe"

// Medusa's Stripe payment provider bundles its own, older SDK (v15).
const v15Path = require.resolve("stripe", { paths: [path.dirname(require.resolve("@medusajs/payment-stripe/package.json"))] })
const StripeV15 = require(v15Path) // eslint-disable-line @typescript-eslint/no-require-imports

describe("fake Stripe server", () => {
  let fake: FakeStripe
  let stripe: Stripe
  let legacy: any
  let acct: string

  beforeAll(async () => {
    fake = await startFakeStripe()
    const opts = { host: "127.0.0.1", port: fake.port, protocol: "http" as const, maxNetworkRetries: 0 }
    stripe = new Stripe("sk_test_x", opts)
    legacy = new (StripeV15.default ?? StripeV15)("sk_test_x", opts)
  })
  beforeEach(async () => {
    fake.reset()
    acct = (await stripe.accounts.create({ type: "express", capabilities: { transfers: { requested: true } } })).id
  })
  afterAll(() => fake.close())

  const transfer = (key: string, amount = 1000) =>
    stripe.transfers.create({ amount, currency: "usd", destination: acct, metadata: { payout_id: "po_1" } }, { idempotencyKey: key })

  it("replays idempotent requests and records everything", async () => {
    const a = await transfer("k1")
    const b = await transfer("k1")
    expect(b.id).toBe(a.id)
    expect(b.lastResponse.headers["idempotent-replayed"]).toBe("true")
    expect(a).toMatchObject({ amount: 1000, destination: acct, metadata: { payout_id: "po_1" }, reversed: false })
    expect(fake.transfers.size).toBe(1)
    expect(fake.requestsTo("POST", "/v1/transfers").map((r) => r.idempotencyKey)).toEqual(["k1", "k1"])
    expect(fake.requests[1].body).toMatchObject({ amount: "1000", metadata: { payout_id: "po_1" } })
    await expect(transfer("k1", 5)).rejects.toMatchObject({ type: "StripeIdempotencyError", statusCode: 400 })
    await expect(stripe.transfers.retrieve("tr_nope")).rejects.toMatchObject({ statusCode: 404, code: "resource_missing" })
    expect(fake.updateAccount(acct, activeAccountPatch)).toMatchObject({ charges_enabled: true, capabilities: { transfers: "active" } })
  })

  it("failNext answers with a Stripe error and creates nothing", async () => {
    fake.failNext("POST", "/v1/transfers", { status: 500, message: "boom" })
    await expect(transfer("k2")).rejects.toMatchObject({ type: "StripeAPIError", statusCode: 500, message: "boom" })
    expect(fake.transfers.size).toBe(0)
    expect((await transfer("k2")).amount).toBe(1000)
    fake.failNext("POST", "/v1/transfers", { status: 400, code: "balance_insufficient" })
    await expect(transfer("k3")).rejects.toMatchObject({ type: "StripeInvalidRequestError", code: "balance_insufficient" })
  })

  it("dropAfterCreate commits the transfer but loses the response", async () => {
    // The SDK silently retries once on ECONNRESET (even with maxNetworkRetries 0), so drop twice.
    fake.dropAfterCreate("POST", "/v1/transfers", 2)
    await expect(transfer("k4")).rejects.toMatchObject({ type: "StripeConnectionError" })
    expect(fake.transfers.size).toBe(1)
    expect(fake.requestsTo("POST", "/v1/transfers")).toHaveLength(2)
    const retried = await transfer("k4")
    expect(retried.id).toBe([...fake.transfers.keys()][0])
    expect(fake.transfers.size).toBe(1)
  })

  it("keeps reversal bookkeeping", async () => {
    const tr = await transfer("k5")
    await stripe.transfers.createReversal(tr.id, { amount: 300 })
    await expect(stripe.transfers.createReversal(tr.id, { amount: 800 })).rejects.toMatchObject({ statusCode: 400 })
    const rest = await stripe.transfers.createReversal(tr.id, { metadata: { refund_id: "r1" } })
    expect(rest).toMatchObject({ object: "transfer_reversal", amount: 700, transfer: tr.id, metadata: { refund_id: "r1" } })
    expect(await stripe.transfers.retrieve(tr.id)).toMatchObject({ amount_reversed: 1000, reversed: true })
    expect((await stripe.transfers.listReversals(tr.id)).data.map((r) => r.amount)).toEqual([700, 300])
    expect(fake.reversals.size).toBe(2)
  })

  it("serves the payment-intent flow Medusa's provider (SDK v15) uses", async () => {
    const pi = await legacy.paymentIntents.create(
      { amount: 5000, currency: "usd", capture_method: "manual", metadata: { session_id: "ps_1" }, expand: ["payment_method"] },
      { idempotencyKey: "ps_1" }
    )
    expect(pi).toMatchObject({ status: "requires_capture", amount_capturable: 5000, amount_received: 0 })
    expect((await legacy.paymentIntents.retrieve(pi.id, { expand: ["payment_method"] })).id).toBe(pi.id)
    expect(fake.requestsTo("GET", "/v1/payment_intents")[0].body).toEqual({ expand: ["payment_method"] })

    const captured = await legacy.paymentIntents.capture(pi.id, {}, { idempotencyKey: "cap_1" })
    expect(captured).toMatchObject({ status: "succeeded", amount_received: 5000, amount_capturable: 0 })
    expect(await legacy.charges.retrieve(captured.latest_charge)).toMatchObject({ captured: true, amount_captured: 5000, payment_intent: pi.id })
    await expect(legacy.paymentIntents.capture(pi.id)).rejects.toMatchObject({
      code: "payment_intent_unexpected_state",
      payment_intent: { status: "succeeded" },
    })

    const refund = await legacy.refunds.create({ amount: 1200, payment_intent: pi.id }, { idempotencyKey: "ref_1" })
    expect(refund).toMatchObject({ object: "refund", amount: 1200, charge: captured.latest_charge, status: "succeeded" })
    expect(await stripe.charges.retrieve(captured.latest_charge)).toMatchObject({ amount_refunded: 1200, refunded: false })
    await expect(legacy.refunds.create({ amount: 4000, payment_intent: pi.id })).rejects.toMatchObject({ statusCode: 400 })
    await legacy.refunds.create({ payment_intent: pi.id })
    await expect(legacy.refunds.create({ payment_intent: pi.id })).rejects.toMatchObject({ code: "charge_already_refunded" })
    expect(fake.charges.get(captured.latest_charge)).toMatchObject({ amount_refunded: 5000, refunded: true })

    fake.nextIntentStatus = "requires_payment_method"
    const open = await legacy.paymentIntents.create({ amount: 100, currency: "usd" })
    expect(open).toMatchObject({ status: "requires_payment_method", latest_charge: null })
    expect((await legacy.paymentIntents.cancel(open.id)).status).toBe("canceled")
  })
})
