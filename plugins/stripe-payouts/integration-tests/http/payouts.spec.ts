import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { PAYOUTS_MODULE } from "@broadcart/plugin-stripe-payouts/modules/payouts"
import { waitFor } from "@broadcart/test-utils"
import { activateAccount, onboardVendor, paidTwoVendorOrder, payoutOf, payoutsOf, sendWebhook, useFakeStripe } from "@broadcart/test-utils/stripe"

jest.setTimeout(240_000)

const stripe = useFakeStripe()
const cents = (x: number) => Math.round(x * 100)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const runPayouts = (opts?: any) => require("@broadcart/plugin-stripe-payouts/jobs/send-payouts").runPayouts(getContainer(), opts)

    beforeEach(() => stripe.fake.reset())

    it("pays each vendor its order total less commission, to the cent, once Stripe says the account is active", async () => {
      const { admin, as, a, b, group, orderA, orderB } = await paidTwoVendorOrder(api, getContainer())
      const [payoutA] = await waitFor(async () => (await payoutsOf(api, admin, a.vendor.id)).length && payoutsOf(api, admin, a.vendor.id), "A's payout")
      const [payoutB] = await waitFor(async () => (await payoutsOf(api, admin, b.vendor.id)).length && payoutsOf(api, admin, b.vendor.id), "B's payout")

      // A: 2 lamps at 40 under the Lighting rule (15% of 80), shipping untouched.
      const commissionA = 12
      // B: 5% of 120 plus 0.30, and 5% of its shipping share.
      const commissionB = Math.round(cents(120) * 0.05 + 30 + cents(orderB.shipping_total) * 0.05) / 100
      expect(payoutA).toMatchObject({ status: "pending", gross_amount: orderA.total, commission_amount: commissionA, net_amount: orderA.total - commissionA })
      expect(payoutB).toMatchObject({ status: "pending", gross_amount: orderB.total, commission_amount: commissionB })
      expect(cents(payoutB.net_amount)).toBe(cents(orderB.total) - cents(commissionB))
      const detailB = await api.get(`/admin/payouts/${payoutB.id}`, as())
      expect(detailB.data.payout.lines.map((l: any) => [l.kind, l.amount])).toEqual([
        ["item", 6.3],
        ["shipping", Math.round(cents(orderB.shipping_total) * 0.05) / 100],
      ])

      // A is onboarded and active, B has only started: capture makes both due, only A is paid.
      const { accountId: accountA } = await onboardVendor(api, stripe.fake, a)
      const { accountId: accountB, url } = await onboardVendor(api, stripe.fake, b, { activate: false })
      expect(url).toMatch(/^https:\/\/connect\.stripe\.com\//)
      expect((await api.get("/vendor/payouts/onboarding", b.as())).data.status).toBe("pending")
      expect((await api.get("/vendor/payouts/onboarding", a.as())).data.status).toBe("active")
      expect((await api.post(`/admin/order-groups/${group.id}/capture`, {}, as())).status).toBe(200)
      // As soon as it is due, B's payout says why it waits, before any job run.
      const dueB = await waitFor(async () => {
        const [p] = await payoutsOf(api, admin, b.vendor.id)
        return p.status === "due" && p.hold_reason && p
      }, "B's payout due, saying why it waits")
      const notActive = "Waiting for the vendor's Stripe account to become active (it is pending)"
      expect(dueB.hold_reason).toBe(notActive)

      await runPayouts()
      const transfers = [...stripe.fake.transfers.values()]
      expect(transfers).toHaveLength(1)
      const intent = [...stripe.fake.paymentIntents.values()][0]
      expect(transfers[0]).toMatchObject({
        amount: cents(orderA.total) - cents(commissionA),
        currency: "usd",
        destination: accountA,
        source_transaction: intent.latest_charge,
        transfer_group: group.id,
        metadata: { payout_id: payoutA.id, order_id: orderA.id, vendor_id: a.vendor.id },
      })
      expect(stripe.fake.requestsTo("POST", "/v1/transfers")[0].idempotencyKey).toBe(`payout_${payoutA.id}`)
      const heldB = (await payoutsOf(api, admin, b.vendor.id))[0]
      expect(heldB).toMatchObject({ status: "due", transfer_id: null })
      expect(heldB.hold_reason).toBe(notActive)
      expect((await api.get("/vendor/payouts", b.as())).data.payouts[0].hold_reason).toBe(heldB.hold_reason)

      // B's account turns active: its payout goes out on the next run, and A is not paid again.
      await activateAccount(api, stripe.fake, accountB)
      await runPayouts()
      await runPayouts()
      const paidB = [...stripe.fake.transfers.values()].filter((t) => t.destination === accountB)
      expect(stripe.fake.transfers.size).toBe(2)
      expect(paidB).toHaveLength(1)
      expect(paidB[0].amount).toBe(cents(orderB.total) - cents(commissionB))

      // Each vendor reads its own ledger, and not the other's.
      const ledgerA = await api.get("/vendor/payouts", a.as())
      expect(ledgerA.data.payouts.map((p: any) => [p.id, p.status, p.transfer_id])).toEqual([[payoutA.id, "paid", transfers[0].id]])
      expect(ledgerA.data.balances).toEqual([{ currency_code: "usd", accruing: 0, due: 0, paid: orderA.total - commissionA, commission: commissionA }])
      expect((await api.get(`/vendor/payouts/${payoutB.id}`, a.as())).status).toBe(404)
      expect((await api.get(`/vendor/payouts/${payoutA.id}`, a.as())).data.payout.lines).toHaveLength(1)
    })

    it("turns 100 replays of one webhook and two concurrent job runs into exactly one transfer per payout", async () => {
      const { admin, as, a, b, group } = await paidTwoVendorOrder(api, getContainer())
      const { accountId: accountA } = await onboardVendor(api, stripe.fake, a, { activate: false })
      const { accountId: accountB } = await onboardVendor(api, stripe.fake, b)
      expect((await api.post(`/admin/order-groups/${group.id}/capture`, {}, as())).status).toBe(200)
      await payoutOf(api, admin, a.vendor.id, "due")
      await payoutOf(api, admin, b.vendor.id, "due")

      // Stripe delivers A's activation 100 times, 25 at once.
      const account = stripe.fake.updateAccount(accountA, require("@broadcart/test-utils/stripe").activeAccountPatch)
      const { event } = await sendWebhook(api, "account.updated", account, { account: accountA })
      for (let batch = 0; batch < 4; batch++) {
        const replies = await Promise.all(
          Array.from({ length: 25 }, () => sendWebhook(api, "account.updated", account, { id: event.id, account: accountA, created: event.created }))
        )
        expect(replies.map((r) => r.res.status)).toEqual(Array(25).fill(200))
        expect(replies.every((r) => r.res.data.duplicate === true)).toBe(true)
      }
      const events = await getContainer().resolve(PAYOUTS_MODULE).listStripeEvents({ event_id: event.id })
      expect(events.map((e: any) => e.status)).toEqual(["processed"])

      const reports = await Promise.all([runPayouts(), runPayouts()])
      expect(reports.reduce((n: number, r: any) => n + r.sent, 0)).toBe(2)
      expect(stripe.fake.requestsTo("POST", "/v1/transfers")).toHaveLength(2)
      expect([...stripe.fake.transfers.values()].map((t) => t.destination).sort()).toEqual([accountA, accountB].sort())
      await Promise.all([runPayouts(), runPayouts()])
      expect(stripe.fake.transfers.size).toBe(2)
    })

    it("reverses the vendor's share of a partial refund from its transfer, and commission in proportion", async () => {
      const { admin, as, a, group, orderA, store, cart } = await paidTwoVendorOrder(api, getContainer())
      await onboardVendor(api, stripe.fake, a)
      expect((await api.post(`/admin/order-groups/${group.id}/capture`, {}, as())).status).toBe(200)
      await payoutOf(api, admin, a.vendor.id, "due")
      await runPayouts()
      const paid = await payoutOf(api, admin, a.vendor.id, "paid")
      const transfer = stripe.fake.transfers.get(paid.transfer_id)!
      expect(transfer.amount).toBe(cents(orderA.total - 12))

      // The buyer returns one of the two lamps; the vendor accepts and 40.00 goes back to the card.
      expect((await api.post(`/vendor/orders/${orderA.id}/fulfillments`, {}, a.as())).status).toBe(201)
      const ret = await api.post(
        "/store/returns",
        { order_id: orderA.id, items: [{ id: orderA.items[0].id, quantity: 1 }], return_shipping: { option_id: store.returnOptionId } },
        cart.buyer.as()
      )
      expect(ret.status).toBe(200)
      const accepted = await api.post(`/vendor/orders/${orderA.id}/returns/${ret.data.return.id}/accept`, {}, a.as())
      expect(accepted.data).toMatchObject({ refunded_amount: 40 })
      expect([...stripe.fake.refunds.values()].map((r) => r.amount)).toEqual([4000])

      // Vendor share of the refund: net/gross of 40.00 = 70/82 x 40 = 34.15 (82 = 80 of lamps + 2 of shipping); commission gives back 5.85.
      const reversed = await waitFor(async () => {
        const detail = (await api.get(`/vendor/payouts/${paid.id}`, a.as())).data.payout
        // The payout and its adjustments are read by separate queries, so wait for both to show it.
        return detail.adjustments.some((x: any) => x.status === "done") && detail.reversed_amount > 0 && detail
      }, "the reversal")
      expect(reversed).toMatchObject({ refunded_amount: 40, refunded_vendor_amount: 34.15, refunded_commission_amount: 5.85, reversed_amount: 34.15 })
      const [adjustment] = reversed.adjustments
      expect(adjustment).toMatchObject({ kind: "reversal", refund_amount: 40, vendor_amount: 34.15, commission_amount: 5.85 })
      const reversals = [...stripe.fake.reversals.values()]
      expect(reversals).toHaveLength(1)
      expect(reversals[0]).toMatchObject({ id: adjustment.stripe_reversal_id, transfer: transfer.id, amount: 3415 })
      expect(stripe.fake.requestsTo("POST", `/v1/transfers/${transfer.id}/reversals`)[0].idempotencyKey).toBe(`reversal_${adjustment.id}`)
      const { balances } = (await api.get("/vendor/payouts", a.as())).data
      expect(balances[0]).toMatchObject({ paid: 35.85, commission: 6.15 })

      // The job's sweep finds nothing left to do: the same refund is never reversed twice.
      await runPayouts()
      expect(stripe.fake.reversals.size).toBe(1)
    })

    it("takes a refund off a payout not yet sent, and sends nothing for an order refunded in full", async () => {
      const { admin, as, a, b, group, orderB } = await paidTwoVendorOrder(api, getContainer())
      expect((await api.post(`/admin/order-groups/${group.id}/capture`, {}, as())).status).toBe(200)
      await payoutOf(api, admin, b.vendor.id, "due")
      expect((await api.post(`/vendor/orders/${orderB.id}/cancel`, {}, b.as())).status).toBe(200)
      const canceled = await payoutOf(api, admin, b.vendor.id, "canceled")
      expect(canceled).toMatchObject({ refunded_amount: orderB.total, refunded_vendor_amount: canceled.net_amount, transfer_id: null })
      await onboardVendor(api, stripe.fake, a)
      await onboardVendor(api, stripe.fake, b)
      await runPayouts()
      expect([...stripe.fake.transfers.values()].map((t) => t.metadata.vendor_id)).toEqual([a.vendor.id])
    })

    it("does not pay twice when the run dies after Stripe created the transfer but before it was recorded", async () => {
      const { admin, as, a, group, orderA } = await paidTwoVendorOrder(api, getContainer())
      await onboardVendor(api, stripe.fake, a)
      expect((await api.post(`/admin/order-groups/${group.id}/capture`, {}, as())).status).toBe(200)
      const due = await payoutOf(api, admin, a.vendor.id, "due")

      // Stripe creates the transfer, then every answer is lost (the SDK's own retries too).
      stripe.fake.dropAfterCreate("POST", "/v1/transfers", 3)
      await runPayouts()
      expect(stripe.fake.transfers.size).toBe(1)
      const failed = await payoutOf(api, admin, a.vendor.id, "failed")
      expect(failed.last_error).toBeTruthy()
      expect(failed.next_attempt_at).toBeTruthy()

      // Leave it as a killed run would: taken, unrecorded. After the lease, the next run takes it over.
      const payouts = getContainer().resolve(PAYOUTS_MODULE)
      await payouts.updatePayouts({ id: due.id, status: "processing", claimed_at: new Date(Date.now() - 3_600_000) })
      await runPayouts({ leaseSeconds: 600 })
      const paid = await payoutOf(api, admin, a.vendor.id, "paid")
      expect(stripe.fake.transfers.size).toBe(1)
      expect(paid.transfer_id).toBe([...stripe.fake.transfers.keys()][0])
      expect(paid.transfer_amount).toBe(orderA.total - 12)
      const keys = new Set(stripe.fake.requestsTo("POST", "/v1/transfers").map((r) => r.idempotencyKey))
      expect([...keys]).toEqual([`payout_${due.id}`])
      expect(stripe.fake.requestsTo("POST", "/v1/transfers").length).toBeGreaterThan(1)
    })

    it("retries a transfer Stripe refused after a backoff, with a fresh key, and shows the failure meanwhile", async () => {
      const { admin, as, a, group } = await paidTwoVendorOrder(api, getContainer())
      await onboardVendor(api, stripe.fake, a)
      expect((await api.post(`/admin/order-groups/${group.id}/capture`, {}, as())).status).toBe(200)
      const due = await payoutOf(api, admin, a.vendor.id, "due")

      stripe.fake.failNext("POST", "/v1/transfers", { status: 400, code: "balance_insufficient", message: "Insufficient funds in your Stripe balance" })
      const before = Date.now()
      expect(await runPayouts()).toMatchObject({ sent: 0, failed: 1 })
      const failed = (await api.get("/vendor/payouts", a.as())).data.payouts[0]
      expect(failed).toMatchObject({ status: "failed", attempts: 1, last_error: expect.stringMatching(/Insufficient funds/) })
      const wait = new Date(failed.next_attempt_at).getTime() - before
      expect(wait).toBeGreaterThanOrEqual(59_000)
      expect(wait).toBeLessThan(65_000)

      // Not before its time; then with a new key, since Stripe surely created nothing.
      expect(await runPayouts()).toMatchObject({ sent: 0, failed: 0 })
      await getContainer()
        .resolve(PAYOUTS_MODULE)
        .updatePayouts({ id: due.id, next_attempt_at: new Date(Date.now() - 1000) })
      expect(await runPayouts()).toMatchObject({ sent: 1 })
      const paid = await payoutOf(api, admin, a.vendor.id, "paid")
      expect(paid).toMatchObject({ attempts: 2, last_error: null })
      expect(stripe.fake.requestsTo("POST", "/v1/transfers").map((r) => r.idempotencyKey)).toEqual([`payout_${due.id}`, `payout_${due.id}_attempt_2`])
      expect(stripe.fake.transfers.size).toBe(1)
      expect((await api.post(`/admin/payouts/${due.id}/retry`, {}, { ...as(), validateStatus: () => true })).status).toBe(400)
    })

    it("lets the admin manage commission rules and refuses bad ones with a clear 4xx", async () => {
      const container = getContainer()
      const { signUpActiveVendor } = require("@broadcart/test-utils/marketplace")
      const vendor = await signUpActiveVendor(api, container, "Rule Shop")
      const { adminHeaders, fromIp } = require("@broadcart/test-utils")
      const admin = await adminHeaders(container, api)
      const as = () => fromIp("10.91.0.1", admin.headers)
      const post = (path: string, body: unknown) => api.post(path, body, { ...as(), validateStatus: () => true })

      const created = await post("/admin/commission-rules", { vendor_id: vendor.vendor.id, percentage: 7.5 })
      expect(created.status).toBe(201)
      expect(created.data.commission_rule).toMatchObject({ vendor_id: vendor.vendor.id, percentage: 7.5, fixed_amount: 0, is_active: true })
      const bad = [
        [{ percentage: 101 }, 400, /percentage/],
        [{ percentage: "ten" }, 400, /percentage/],
        [{ fixed_amount: 1 }, 400, /currency_code/],
        [{ percentage: 5, colour: "red" }, 400, /colour/],
        [{ vendor_id: "vend_nope", percentage: 5 }, 404, /Vendor vend_nope not found/],
        [{ product_category_id: "pcat_nope", percentage: 5 }, 404, /Product category pcat_nope not found/],
        [{ vendor_id: vendor.vendor.id, percentage: 9 }, 409, /already covers/],
      ] as const
      for (const [body, status, message] of bad) {
        const res = await post("/admin/commission-rules", body)
        expect([res.status, res.data.message]).toEqual([status, expect.stringMatching(message)])
      }
      const id = created.data.commission_rule.id
      const updated = await post(`/admin/commission-rules/${id}`, { percentage: 6, currency_code: "EUR", fixed_amount: 0.5 })
      expect(updated.data.commission_rule).toMatchObject({ percentage: 6, currency_code: "eur", fixed_amount: 0.5 })
      const listed = await api.get("/admin/commission-rules", as())
      expect(listed.data.commission_rules.map((r: any) => r.id)).toEqual([id])
      expect(listed.data.fallback).toMatchObject({ percentage: 10 })
      expect((await api.delete(`/admin/commission-rules/${id}`, as())).data).toMatchObject({ id, deleted: true })
      expect((await api.get(`/admin/commission-rules/${id}`, { ...as(), validateStatus: () => true })).status).toBe(404)
      expect((await api.get("/admin/payouts?status=lost", { ...as(), validateStatus: () => true })).status).toBe(400)
      expect((await post("/admin/payouts/payout_nope/retry", {})).status).toBe(404)

      // Only owners and admins of a vendor start onboarding; the body is checked.
      const onboarding = await api.post("/vendor/payouts/onboarding", { country: "usa" }, { ...vendor.as(), validateStatus: () => true })
      expect([onboarding.status, onboarding.data.message]).toEqual([400, expect.stringMatching(/country/)])
    })

    it("refuses a commission rule without a percentage or a fixed amount, on create and update", async () => {
      const container = getContainer()
      const { adminHeaders, fromIp } = require("@broadcart/test-utils")
      const admin = await adminHeaders(container, api)
      const post = (path: string, body: unknown) => api.post(path, body, fromIp("10.91.0.2", admin.headers))

      // An empty rule would be an active platform-wide 0%, silently replacing COMMISSION_PERCENT.
      for (const body of [{}, { is_active: true }, { currency_code: "usd", include_shipping: true }]) {
        const res = await post("/admin/commission-rules", body)
        expect([res.status, res.data]).toEqual([
          400,
          expect.objectContaining({ field: "percentage", message: expect.stringMatching(/percentage.*fixed_amount/) }),
        ])
      }
      const listed = (await api.get("/admin/commission-rules", fromIp("10.91.0.2", admin.headers))).data
      expect([listed.commission_rules, listed.fallback.percentage]).toEqual([[], 10])

      // Terms that are given, even 0, make a rule; an update cannot take them away.
      const free = await post("/admin/commission-rules", { percentage: 0 })
      expect([free.status, free.data.commission_rule]).toEqual([201, expect.objectContaining({ percentage: 0, fixed_amount: 0 })])
      const fee = await post("/admin/commission-rules", { currency_code: "usd", fixed_amount: 0.5 })
      expect([fee.status, fee.data.commission_rule]).toEqual([201, expect.objectContaining({ percentage: 0, fixed_amount: 0.5 })])
      for (const body of [{ percentage: null }, { fixed_amount: null }, { percentage: "" }]) {
        const res = await post(`/admin/commission-rules/${free.data.commission_rule.id}`, body)
        expect([res.status, res.data.field]).toEqual([400, Object.keys(body)[0]])
      }
      expect((await post(`/admin/commission-rules/${fee.data.commission_rule.id}`, { currency_code: null })).data.field).toBe("currency_code")
    })
  },
})
