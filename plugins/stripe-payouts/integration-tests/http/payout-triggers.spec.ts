import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { PAYOUTS_MODULE } from "@broadcart/plugin-stripe-payouts/modules/payouts"
import { onboardVendor, paidTwoVendorOrder, payoutOf, useFakeStripe } from "@broadcart/test-utils/stripe"

jest.setTimeout(240_000)

// Cards captured at checkout; payouts due at fulfilment, then held two days.
const stripe = useFakeStripe({ STRIPE_CAPTURE: "true", PAYOUT_TRIGGER: "fulfilled", PAYOUT_HOLD_DAYS: "2" })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const runPayouts = () => require("@broadcart/plugin-stripe-payouts/jobs/send-payouts").runPayouts(getContainer())

    it("with auto-capture, pays a vendor only after it fulfils its order and the hold has passed", async () => {
      const { admin, a, b, group, orderA } = await paidTwoVendorOrder(api, getContainer())
      expect(group.payment_collection.status).toBe("completed")
      const intent = [...stripe.fake.paymentIntents.values()][0]
      expect(intent).toMatchObject({ capture_method: "automatic", status: "succeeded" })
      await onboardVendor(api, stripe.fake, a)
      await onboardVendor(api, stripe.fake, b)

      // Captured but not fulfilled: nothing is due yet.
      const pending = await payoutOf(api, admin, a.vendor.id)
      expect([pending.status, pending.due_at]).toEqual(["pending", null])
      await runPayouts()
      expect(stripe.fake.transfers.size).toBe(0)

      // A fulfils everything: due in two days, not before.
      expect((await api.post(`/vendor/orders/${orderA.id}/fulfillments`, {}, a.as())).status).toBe(201)
      const due = await payoutOf(api, admin, a.vendor.id, "due")
      const holdMs = new Date(due.due_at).getTime() - Date.now()
      expect(holdMs).toBeGreaterThan(2 * 86_400_000 - 60_000)
      expect(holdMs).toBeLessThanOrEqual(2 * 86_400_000)
      const until = new Date(due.due_at).toISOString().slice(0, 16).replace("T", " ")
      expect(due.hold_reason).toBe(`Held 2 days after it fell due, until ${until} UTC`)
      await runPayouts()
      expect(stripe.fake.transfers.size).toBe(0)
      expect((await payoutOf(api, admin, b.vendor.id)).status).toBe("pending")

      // Two days later the job sends it, from the checkout's charge.
      await getContainer()
        .resolve(PAYOUTS_MODULE)
        .updatePayouts({ id: due.id, due_at: new Date(Date.now() - 1000) })
      await runPayouts()
      const [transfer] = [...stripe.fake.transfers.values()]
      expect(stripe.fake.transfers.size).toBe(1)
      expect(transfer).toMatchObject({ source_transaction: intent.latest_charge, transfer_group: group.id, amount: Math.round((orderA.total - 12) * 100) })
    })
  },
})
