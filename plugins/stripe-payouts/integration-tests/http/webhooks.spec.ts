import Stripe from "stripe"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { PAYOUTS_MODULE } from "@broadcart/plugin-stripe-payouts/modules/payouts"
import { waitFor } from "@broadcart/test-utils"
import { signUpActiveVendor } from "@broadcart/test-utils/marketplace"
import {
  activeAccountPatch,
  onboardVendor,
  paidTwoVendorOrder,
  payoutOf,
  postSigned,
  sendWebhook,
  useFakeStripe,
  WEBHOOK_SECRET,
} from "@broadcart/test-utils/stripe"

jest.setTimeout(240_000)

const PAYMENT_WEBHOOK_SECRET = "whsec_broadcartpaymentstest"
const stripe = useFakeStripe({ STRIPE_WEBHOOK_SECRET: PAYMENT_WEBHOOK_SECRET })
let eventIds = 0
/** A signed-looking event envelope of this type, with `data` as given. */
const envelope = (type: string, data?: unknown) => ({ id: `evt_malformed_${++eventIds}`, object: "event", type, created: Math.floor(Date.now() / 1000), data })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const runPayouts = () => require("@broadcart/plugin-stripe-payouts/jobs/send-payouts").runPayouts(getContainer())
    const payouts = () => getContainer().resolve(PAYOUTS_MODULE)
    const status = async (vendor: any) => (await api.get("/vendor/payouts/onboarding", vendor.as())).data

    beforeEach(() => stripe.fake.reset())

    it("refuses forged, stale and unsigned webhooks with 400 and changes nothing", async () => {
      const vendor = await signUpActiveVendor(api, getContainer(), "Forge Target")
      expect((await status(vendor)).status).toBe("not_started")
      const { accountId } = await onboardVendor(api, stripe.fake, vendor, { activate: false })
      const active = stripe.fake.updateAccount(accountId, activeAccountPatch)

      const forged = await sendWebhook(api, "account.updated", active, { account: accountId, secret: "whsec_attacker" })
      expect([forged.res.status, forged.res.data.message]).toEqual([400, expect.stringMatching(/signature/i)])
      const stale = await sendWebhook(api, "account.updated", active, { account: accountId, timestamp: Math.floor(Date.now() / 1000) - 3600 })
      expect([stale.res.status, stale.res.data.message]).toEqual([400, expect.stringMatching(/tolerance|timestamp/i)])
      const unsigned = await api.post("/hooks/stripe-payouts", { type: "account.updated", data: { object: active } }, { validateStatus: () => true })
      expect([unsigned.status, unsigned.data.message]).toEqual([400, "Missing Stripe-Signature header"])
      const garbage = "{not json"
      const signedGarbage = await api.post("/hooks/stripe-payouts", garbage, {
        headers: {
          "content-type": "application/json",
          "stripe-signature": Stripe.webhooks.generateTestHeaderString({ payload: garbage, secret: WEBHOOK_SECRET }),
        },
        validateStatus: () => true,
      })
      expect(signedGarbage.status).toBe(400)

      expect((await status(vendor)).status).toBe("pending")
      expect(await payouts().listStripeEvents({})).toEqual([])
      // The same event, properly signed, goes through.
      const genuine = await sendWebhook(api, "account.updated", active, { account: accountId })
      expect(genuine.res.status).toBe(200)
      expect((await status(vendor)).status).toBe("active")
    })

    it("acknowledges signed Connect events too malformed to process, recording them as failed, and never answers 500", async () => {
      const malformed = [
        envelope("account.updated"),
        envelope("account.updated", { object: "acct_123" }),
        envelope("account.updated", { object: { id: "acct_123", requirements: { past_due: "all of it" } } }),
        envelope("transfer.reversed", { object: { id: "tr_1", reversals: { data: {} } } }),
        envelope("payout.paid", { object: { id: "po_1", amount: "12", currency: "usd", status: "paid" } }),
        envelope("payout.failed", { object: { id: "po_1", amount: 12, status: "failed" } }),
        envelope("payout.paid", { object: { id: "po_2", amount: 12, currency: "usd", status: "paid", arrival_date: 1e15 } }),
        envelope("charge.refunded", { object: { id: "ch_1" } }),
      ]
      for (const event of malformed) {
        for (let delivery = 0; delivery < 2; delivery++) {
          const res = await postSigned(api, "/hooks/stripe-payouts", JSON.stringify(event))
          expect([event.type, res.status, res.data]).toEqual([
            event.type,
            200,
            { received: true, processed: false, error: expect.stringMatching(/^Malformed event: data\.object/) },
          ])
        }
      }
      const recorded = await payouts().listStripeEvents({ event_id: malformed.map((e) => e.id) })
      expect(recorded.map((e: any) => e.status)).toEqual(malformed.map(() => "failed"))
      expect(recorded.find((e: any) => e.event_id === malformed[0].id).error).toMatch(/data\.object/)

      // Events that cannot even be recorded are refused; types named like Object's own keys are ignored.
      const refused = [
        "null",
        "[]",
        JSON.stringify({ type: "account.updated", data: { object: { id: "acct_1" } } }),
        JSON.stringify({ ...envelope("account.updated", { object: { id: "acct_1" } }), created: "yesterday" }),
        JSON.stringify({ ...envelope("account.updated", { object: { id: "acct_1" } }), created: 1e12 }),
        JSON.stringify(envelope("account.updated", { object: { id: "acct_\u0000" } })),
      ]
      for (const payload of refused) {
        const res = await postSigned(api, "/hooks/stripe-payouts", payload)
        expect([payload, res.status, res.data.type]).toEqual([payload, 400, "invalid_data"])
      }
      for (const type of ["constructor", "__proto__", "toString"]) {
        const res = await postSigned(api, "/hooks/stripe-payouts", JSON.stringify(envelope(type, { object: {} })))
        expect([type, res.status, res.data]).toEqual([type, 200, { received: true, handled: false }])
      }
      expect(await payouts().listStripeEvents({}, { take: 100 })).toHaveLength(malformed.length)
    })

    it("acknowledges signed payment events too malformed for Medusa's Stripe provider, which then ignores them", async () => {
      const payment = getContainer().resolve(Modules.PAYMENT)
      const intent = { id: "pi_1", object: "payment_intent", currency: "usd", amount: 1000, metadata: { session_id: "payses_1" } }
      const types = [
        "payment_intent.created",
        "payment_intent.processing",
        "payment_intent.canceled",
        "payment_intent.payment_failed",
        "payment_intent.requires_action",
        "payment_intent.amount_capturable_updated",
        "payment_intent.partially_funded",
        "payment_intent.succeeded",
        "charge.refunded",
      ]
      const malformed = types.flatMap((type) => [
        envelope(type),
        envelope(type, { object: "pi_1" }),
        envelope(type, { object: { ...intent, amount: undefined, amount_capturable: "10", amount_received: null, currency: 840 } }),
      ])
      for (const event of malformed) {
        const payload = JSON.stringify(event)
        const res = await postSigned(api, "/hooks/payment/stripe_stripe", payload, { secret: PAYMENT_WEBHOOK_SECRET })
        expect([event.type, res.status]).toEqual([event.type, 200])
        // What Medusa's payment-webhook subscriber then asks the provider: ignored, not thrown on every retry.
        const headers = { "stripe-signature": Stripe.webhooks.generateTestHeaderString({ payload, secret: PAYMENT_WEBHOOK_SECRET }) }
        const action = await payment.getWebhookActionAndData({ provider: "stripe_stripe", payload: { data: event, rawData: Buffer.from(payload), headers } })
        expect([event.type, action]).toEqual([event.type, { action: "not_supported" }])
      }

      // A well-formed event still reaches Medusa's own handling.
      const payload = JSON.stringify(envelope("payment_intent.succeeded", { object: { ...intent, amount_received: 1000 } }))
      const headers = { "stripe-signature": Stripe.webhooks.generateTestHeaderString({ payload, secret: PAYMENT_WEBHOOK_SECRET }) }
      const action = await payment.getWebhookActionAndData({
        provider: "stripe_stripe",
        payload: { data: JSON.parse(payload), rawData: Buffer.from(payload), headers },
      })
      expect(action).toEqual({ action: "captured", data: { session_id: "payses_1", amount: 10 } })
    })

    it("moves the payout status with account.updated, ignoring reports older than the one applied", async () => {
      const vendor = await signUpActiveVendor(api, getContainer(), "Status Shop")
      const { accountId } = await onboardVendor(api, stripe.fake, vendor, { activate: false })
      const now = Math.floor(Date.now() / 1000)
      const active = stripe.fake.updateAccount(accountId, activeAccountPatch)
      const restricted = {
        ...active,
        payouts_enabled: false,
        capabilities: { transfers: "inactive" },
        requirements: {
          currently_due: ["individual.verification.document"],
          past_due: ["individual.verification.document"],
          disabled_reason: "requirements.past_due",
        },
      }
      expect((await sendWebhook(api, "account.updated", restricted, { account: accountId, created: now + 20 })).res.status).toBe(200)
      expect((await sendWebhook(api, "account.updated", active, { account: accountId, created: now + 10 })).res.status).toBe(200)
      const seen = await status(vendor)
      expect(seen.status).toBe("restricted")
      expect(seen.account.requirements.past_due).toEqual(["individual.verification.document"])
      expect((await sendWebhook(api, "account.updated", active, { account: accountId, created: now + 30 })).res.status).toBe(200)
      expect((await status(vendor)).status).toBe("active")

      // Onboarding again gives a fresh link for the same account.
      const again = await api.post("/vendor/payouts/onboarding", {}, vendor.as())
      expect(again.data.account.stripe_account_id).toBe(accountId)
      expect(stripe.fake.accounts.size).toBe(1)
      expect(stripe.fake.requestsTo("POST", "/v1/account_links")).toHaveLength(2)
    })

    it("shows the vendor's bank payouts as payout.paid and payout.failed report them, newest state winning", async () => {
      const vendor = await signUpActiveVendor(api, getContainer(), "Bank Shop")
      const { accountId } = await onboardVendor(api, stripe.fake, vendor)
      const now = Math.floor(Date.now() / 1000)
      const payout = { id: "po_test_1", object: "payout", amount: 12345, currency: "usd", arrival_date: now + 86400, status: "paid" }
      const failed = { ...payout, status: "failed", failure_code: "account_closed", failure_message: "The bank account has been closed" }
      await sendWebhook(api, "payout.failed", failed, { account: accountId, created: now + 5 })
      await sendWebhook(api, "payout.paid", payout, { account: accountId, created: now })
      const [seen] = (await status(vendor)).bank_payouts
      expect(seen).toMatchObject({ stripe_payout_id: "po_test_1", amount: 123.45, status: "failed", failure_code: "account_closed" })
    })

    it("books reversals and refunds made directly in Stripe on the right payouts", async () => {
      const { admin, as, a, b, group } = await paidTwoVendorOrder(api, getContainer())
      await onboardVendor(api, stripe.fake, a)
      await onboardVendor(api, stripe.fake, b)
      expect((await api.post(`/admin/order-groups/${group.id}/capture`, {}, as())).status).toBe(200)
      await payoutOf(api, admin, a.vendor.id, "due")
      await payoutOf(api, admin, b.vendor.id, "due")
      await runPayouts()
      const paidA = await payoutOf(api, admin, a.vendor.id, "paid")
      const paidB = await payoutOf(api, admin, b.vendor.id, "paid")
      const client = new Stripe("sk_test_broadcart", { host: "127.0.0.1", port: stripe.fake.port, protocol: "http" })

      // An operator reverses 10.00 of A's transfer in the Stripe dashboard.
      await client.transfers.createReversal(paidA.transfer_id, { amount: 1000 })
      const transfer = await client.transfers.retrieve(paidA.transfer_id)
      const reversed = await sendWebhook(api, "transfer.reversed", transfer)
      expect(reversed.res.status).toBe(200)
      await sendWebhook(api, "transfer.reversed", transfer)
      const detailA = (await api.get(`/admin/payouts/${paidA.id}`, as())).data.payout
      expect(detailA.reversed_amount).toBe(10)
      expect(detailA.adjustments.map((x: any) => [x.kind, x.vendor_amount, x.status])).toEqual([["external_reversal", 10, "done"]])

      // And refunds 100.00 of the charge there: it is shared by what each order holds (280 : 355).
      const intent = [...stripe.fake.paymentIntents.values()][0]
      await client.refunds.create({ charge: intent.latest_charge, amount: 10000 })
      const charge = await client.charges.retrieve(intent.latest_charge)
      expect((await sendWebhook(api, "charge.refunded", charge)).res.status).toBe(200)
      expect((await sendWebhook(api, "charge.refunded", charge)).res.status).toBe(200)
      const refundedA = await waitFor(async () => {
        const p = (await api.get(`/admin/payouts/${paidA.id}`, as())).data.payout
        return p.adjustments.length === 2 && p
      }, "A's share of the Stripe refund")
      const refundedB = (await api.get(`/admin/payouts/${paidB.id}`, as())).data.payout
      expect(Math.round((refundedA.refunded_amount + refundedB.refunded_amount) * 100)).toBe(10000)
      expect(refundedA.refunded_amount).toBe(Math.round((10000 * refundedA.gross_amount) / (refundedA.gross_amount + refundedB.gross_amount)) / 100)
      const reversals = [...stripe.fake.reversals.values()].filter((r) => r.metadata?.adjustment_id)
      expect(reversals.map((r) => r.transfer).sort()).toEqual([paidA.transfer_id, paidB.transfer_id].sort())
      expect(reversals.reduce((s, r) => s + r.amount, 0)).toBe(Math.round((refundedA.refunded_vendor_amount + refundedB.refunded_vendor_amount) * 100))
    })
  },
})
