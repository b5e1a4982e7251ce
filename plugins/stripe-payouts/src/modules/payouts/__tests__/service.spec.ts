import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { join } from "node:path"
import { PAYOUTS_MODULE } from ".."
import PayoutsModuleService, { isDefiniteFailure } from "../service"

jest.setTimeout(30_000)

const HOUR = 3_600_000
let orders = 0

/** A payout of 100 (commission 20, net 80) in USD for `vendor_id`, due an hour ago unless `fields` say otherwise. */
const payout = (service: PayoutsModuleService, vendor_id: string, fields: Record<string, any> = {}) =>
  service.createPayouts({
    vendor_id,
    order_id: `order_${++orders}`,
    currency_code: "usd",
    gross_amount: 100,
    commission_amount: 20,
    net_amount: 80,
    status: "due",
    due_at: new Date(Date.now() - HOUR),
    ...fields,
  } as any)

const account = (service: PayoutsModuleService, vendor_id: string, status = "active") =>
  service.createPayoutAccounts({ vendor_id, stripe_account_id: `acct_${vendor_id}`, country: "US", status } as any)

const claim = (service: PayoutsModuleService, limit = 10, leaseSeconds = 600) => service.claimSendablePayouts({ limit, leaseSeconds })

moduleIntegrationTestRunner<PayoutsModuleService>({
  moduleName: PAYOUTS_MODULE,
  resolve: join(__dirname, ".."),
  moduleOptions: { apiKey: "sk_test_service", maxAttempts: 3, retryBaseSeconds: 60 },
  testSuite: ({ service }) => {
    describe("retryDelayMs", () => {
      it("starts at the base delay and doubles with each attempt, up to a day", () => {
        expect([1, 2, 3, 4].map((n) => service.retryDelayMs(n))).toEqual([60_000, 120_000, 240_000, 480_000])
        expect(service.retryDelayMs(30)).toBe(86_400_000)
      })
    })

    describe("claimSendablePayouts", () => {
      it("takes due payouts of vendors with an active account, marking them processing and counting the attempt", async () => {
        await account(service, "vend_a")
        const due = await payout(service, "vend_a")
        expect(await claim(service)).toEqual([due.id])
        expect(await service.retrievePayout(due.id)).toMatchObject({ status: "processing", attempts: 1, claimed_at: expect.any(Date) })
      })

      it("leaves payouts still held, of vendors without an active account, and those already taken", async () => {
        await account(service, "vend_a")
        await account(service, "vend_p", "pending")
        await payout(service, "vend_a", { due_at: new Date(Date.now() + HOUR) })
        await payout(service, "vend_p")
        await payout(service, "vend_none")
        await payout(service, "vend_a", { status: "processing", claimed_at: new Date() })
        await payout(service, "vend_a", { status: "pending", due_at: null })
        expect(await claim(service)).toEqual([])
      })

      it("takes failed payouts once their retry is due, and payouts whose claim outlived the lease", async () => {
        await account(service, "vend_a")
        const retryDue = await payout(service, "vend_a", { status: "failed", next_attempt_at: new Date(Date.now() - 1000) })
        await payout(service, "vend_a", { status: "failed", next_attempt_at: new Date(Date.now() + HOUR) })
        await payout(service, "vend_a", { status: "failed", next_attempt_at: null })
        const stale = await payout(service, "vend_a", { status: "processing", claimed_at: new Date(Date.now() - 2 * HOUR) })
        expect((await claim(service, 10, 600)).sort()).toEqual([retryDue.id, stale.id].sort())
      })

      it("takes at most `limit`, oldest due first", async () => {
        await account(service, "vend_a")
        const oldest = await payout(service, "vend_a", { due_at: new Date(Date.now() - 3 * HOUR) })
        await payout(service, "vend_a", { due_at: new Date(Date.now() - HOUR) })
        expect(await claim(service, 1)).toEqual([oldest.id])
      })

      it("never gives one payout to two concurrent claims", async () => {
        await account(service, "vend_a")
        const ids = (await Promise.all(Array.from({ length: 6 }, () => payout(service, "vend_a")))).map((p) => p.id)
        const claims = await Promise.all([claim(service, 4), claim(service, 4), claim(service, 4)])
        const taken = claims.flat()
        expect(taken.sort()).toEqual(ids.sort())
        expect(new Set(taken).size).toBe(taken.length)
      })
    })

    describe("takeEvent", () => {
      const event = { id: "evt_once", type: "account.updated", account: "acct_1", created: 1_700_000_000 }

      it("takes an event once, however often it arrives", async () => {
        expect(await service.takeEvent(event)).toBe(true)
        expect(await service.takeEvent(event)).toBe(false)
        const [recorded] = await service.listStripeEvents({ event_id: event.id })
        expect(recorded).toMatchObject({ type: "account.updated", account: "acct_1", event_created: 1_700_000_000, status: "processing" })
      })

      it("takes a failed event again, but not a processed one", async () => {
        await service.takeEvent(event)
        const [recorded] = await service.listStripeEvents({ event_id: event.id })
        await service.updateStripeEvents({ id: recorded.id, status: "failed" })
        expect(await service.takeEvent(event)).toBe(true)
        await service.updateStripeEvents({ id: recorded.id, status: "processed" })
        expect(await service.takeEvent(event)).toBe(false)
      })
    })

    describe("recordRefund", () => {
      it("books a refund as a pending adjustment split between vendor and commission as net and commission split the order", async () => {
        const p = await payout(service, "vend_a")
        const id = await service.recordRefund({ order_id: p.order_id, key: "refund:1", amount: 10, reason: "Order refund" })
        expect(await service.retrievePayoutAdjustment(id!)).toMatchObject({
          kind: "reduction",
          status: "pending",
          refund_amount: 10,
          vendor_amount: 8,
          commission_amount: 2,
          reason: "Order refund",
        })
        expect(await service.retrievePayout(p.id)).toMatchObject({ refunded_amount: 10, refunded_vendor_amount: 8, refunded_commission_amount: 2 })
      })

      it("books each refund key once", async () => {
        const p = await payout(service, "vend_a")
        const first = await service.recordRefund({ order_id: p.order_id, key: "refund:twice", amount: 10 })
        expect(await service.recordRefund({ order_id: p.order_id, key: "refund:twice", amount: 10 })).toBe(first)
        expect((await service.retrievePayout(p.id)).refunded_amount).toBe(10)
      })

      it("splits refunds cumulatively, so their parts add up to the cent, and never beyond the order total", async () => {
        const p = await payout(service, "vend_a", { gross_amount: 10, commission_amount: 3.33, net_amount: 6.67 })
        for (const [n, amount] of [
          [1, 3.33],
          [2, 3.33],
          [3, 3.34],
          [4, 5],
        ] as const) {
          await service.recordRefund({ order_id: p.order_id, key: `refund:${n}`, amount })
        }
        expect(await service.retrievePayout(p.id)).toMatchObject({ refunded_amount: 10, refunded_vendor_amount: 6.67, refunded_commission_amount: 3.33 })
      })

      it("books nothing for an order without a payout", async () => {
        expect(await service.recordRefund({ order_id: "order_unknown", key: "refund:x", amount: 5 })).toBeNull()
        expect(await service.listPayoutAdjustments({})).toEqual([])
      })
    })

    describe("reducePendingAdjustments", () => {
      it("turns the payout's pending adjustments into reductions and returns all it has deducted", async () => {
        const p = await payout(service, "vend_a")
        await service.recordRefund({ order_id: p.order_id, key: "refund:1", amount: 10 })
        await service.recordRefund({ order_id: p.order_id, key: "refund:2", amount: 5 })
        expect(await service.reducePendingAdjustments(p.id)).toBe(12)
        const adjustments = await service.listPayoutAdjustments({ payout_id: p.id })
        expect(adjustments.map((a) => [a.kind, a.status])).toEqual([
          ["reduction", "done"],
          ["reduction", "done"],
        ])
      })
    })

    describe("reduceIfUnsent", () => {
      it("applies a pending adjustment to an unsent payout", async () => {
        const p = await payout(service, "vend_a")
        const id = await service.recordRefund({ order_id: p.order_id, key: "refund:1", amount: 10 })
        expect(await service.reduceIfUnsent(id!)).toBe(true)
        expect(await service.retrievePayoutAdjustment(id!)).toMatchObject({ kind: "reduction", status: "done" })
        expect((await service.retrievePayout(p.id)).status).toBe("due")
        expect(await service.reduceIfUnsent(id!)).toBe(false)
      })

      it("cancels a payout refunded in full", async () => {
        const p = await payout(service, "vend_a", { hold_reason: "waiting" })
        const id = await service.recordRefund({ order_id: p.order_id, key: "refund:all", amount: 100 })
        expect(await service.reduceIfUnsent(id!)).toBe(true)
        expect(await service.retrievePayout(p.id)).toMatchObject({ status: "canceled", hold_reason: null })
      })

      it("leaves a payout whose transfer is under way or sent", async () => {
        const inFlight = await payout(service, "vend_a", { status: "processing", transfer_key: "payout_x" })
        const paid = await payout(service, "vend_a", { status: "paid", transfer_id: "tr_1" })
        for (const p of [inFlight, paid]) {
          const id = await service.recordRefund({ order_id: p.order_id, key: `refund:${p.id}`, amount: 10 })
          expect(await service.reduceIfUnsent(id!)).toBe(false)
          expect((await service.retrievePayoutAdjustment(id!)).status).toBe("pending")
        }
      })
    })

    describe("completeReversal", () => {
      it("marks the adjustment reversed and adds its vendor amount to the payout's reversed total, once", async () => {
        const p = await payout(service, "vend_a", { status: "paid", transfer_id: "tr_1" })
        const id = await service.recordRefund({ order_id: p.order_id, key: "refund:1", amount: 10 })
        expect(await service.completeReversal(id!, "trr_1")).toBe(true)
        expect(await service.completeReversal(id!, "trr_1")).toBe(false)
        expect(await service.retrievePayoutAdjustment(id!)).toMatchObject({ kind: "reversal", status: "done", stripe_reversal_id: "trr_1", attempts: 1 })
        expect((await service.retrievePayout(p.id)).reversed_amount).toBe(8)
      })
    })

    describe("recordExternalReversal", () => {
      it("books a reversal made outside the platform once per reversal id", async () => {
        const p = await payout(service, "vend_a", { status: "paid", transfer_id: "tr_1" })
        const reversal = { payout_id: p.id, reversal_id: "trr_outside", amount: 12.5 }
        expect(await service.recordExternalReversal(reversal)).toBe(true)
        expect(await service.recordExternalReversal(reversal)).toBe(false)
        const [adjustment] = await service.listPayoutAdjustments({ payout_id: p.id })
        expect(adjustment).toMatchObject({ kind: "external_reversal", status: "done", vendor_amount: 12.5, key: "reversal:trr_outside" })
        expect((await service.retrievePayout(p.id)).reversed_amount).toBe(12.5)
      })
    })

    describe("balances", () => {
      it("sums accruing, due, paid (net of reversals) and commission per currency, for all vendors or one", async () => {
        await payout(service, "vend_a", { status: "pending", due_at: null })
        await payout(service, "vend_a", { status: "failed" })
        await payout(service, "vend_a", { status: "paid", transfer_amount: 80, reversed_amount: 5 })
        await payout(service, "vend_b", { status: "due", currency_code: "eur" })
        expect(await service.balances(null)).toEqual([
          { currency_code: "eur", accruing: 0, due: 80, paid: 0, commission: 20 },
          { currency_code: "usd", accruing: 80, due: 80, paid: 75, commission: 60 },
        ])
        expect(await service.balances("vend_b")).toEqual([{ currency_code: "eur", accruing: 0, due: 80, paid: 0, commission: 20 }])
      })

      it("takes refunds off what is accruing or due and off commission", async () => {
        const p = await payout(service, "vend_a")
        await service.recordRefund({ order_id: p.order_id, key: "refund:1", amount: 10 })
        expect(await service.balances("vend_a")).toEqual([{ currency_code: "usd", accruing: 0, due: 72, paid: 0, commission: 18 }])
      })
    })

    describe("commissionRuleScope", () => {
      it("gives a rule the key of its vendor, category and currency, * for none", async () => {
        expect(await service.commissionRuleScope({ vendor_id: "vend_a", currency_code: "usd", percentage: 5 })).toBe("vend_a:*:usd")
        expect(await service.commissionRuleScope({ percentage: 5 })).toBe("*:*:*")
      })

      it("refuses a fixed fee without a currency, also when a change leaves the stored rule without one", async () => {
        await expect(service.commissionRuleScope({ fixed_amount: 1 })).rejects.toMatchObject({ type: "invalid_data" })
        const rule = await service.createCommissionRules({ fixed_amount: 1, currency_code: "usd", scope_key: "*:*:usd" } as any)
        await expect(service.commissionRuleScope({ id: rule.id, currency_code: null })).rejects.toMatchObject({ type: "invalid_data" })
      })

      it("refuses a second rule in a scope, but lets a rule keep its own", async () => {
        const rule = await service.createCommissionRules({ vendor_id: "vend_a", percentage: 5, scope_key: "vend_a:*:*" } as any)
        await expect(service.commissionRuleScope({ vendor_id: "vend_a", percentage: 9 })).rejects.toMatchObject({
          type: "conflict",
          message: `Commission rule ${rule.id} already covers this vendor, category and currency`,
        })
        expect(await service.commissionRuleScope({ id: rule.id, percentage: 9 })).toBe("vend_a:*:*")
      })
    })

    describe("recordTransferFailure", () => {
      it("keeps the idempotency key and amount when Stripe may have acted, and retries after the backoff", async () => {
        const p = await payout(service, "vend_a", { status: "processing", attempts: 1, transfer_key: "payout_k", transfer_amount: 80 })
        const before = Date.now()
        await service.recordTransferFailure(p.id, { message: "socket hang up" })
        const failed = await service.retrievePayout(p.id)
        expect(failed).toMatchObject({ status: "failed", claimed_at: null, last_error: "socket hang up", transfer_key: "payout_k", transfer_amount: 80 })
        expect(new Date(failed.next_attempt_at!).getTime() - before).toBeGreaterThanOrEqual(59_000)
      })

      it("clears the key and amount when Stripe surely created nothing", async () => {
        const p = await payout(service, "vend_a", { status: "processing", attempts: 1, transfer_key: "payout_k", transfer_amount: 80 })
        await service.recordTransferFailure(p.id, { message: "Insufficient funds", statusCode: 400 })
        expect(await service.retrievePayout(p.id)).toMatchObject({ status: "failed", transfer_key: null, transfer_amount: null })
      })

      it("leaves a payout failed for an admin once its attempts are used up", async () => {
        const p = await payout(service, "vend_a", { status: "processing", attempts: 3 })
        await service.recordTransferFailure(p.id, { message: "still failing", statusCode: 500 })
        expect(await service.retrievePayout(p.id)).toMatchObject({ status: "failed", next_attempt_at: null })
      })
    })
  },
})

moduleIntegrationTestRunner<PayoutsModuleService>({
  moduleName: PAYOUTS_MODULE,
  resolve: join(__dirname, ".."),
  moduleOptions: { apiKey: "sk_test_service", currency: "usd" },
  testSuite: ({ service }) => {
    it("claims only payouts in the platform's payout currency", async () => {
      await account(service, "vend_a")
      const usd = await payout(service, "vend_a")
      await payout(service, "vend_a", { currency_code: "eur" })
      expect(await claim(service)).toEqual([usd.id])
    })
  },
})

describe("isDefiniteFailure", () => {
  it("is true for a 4xx answer but conflict and rate limit, false for 5xx and network errors", () => {
    expect([400, 402, 404].map((statusCode) => isDefiniteFailure({ statusCode }))).toEqual([true, true, true])
    expect([409, 429, 500, undefined].map((statusCode) => isDefiniteFailure({ statusCode }))).toEqual([false, false, false, false])
  })
})
