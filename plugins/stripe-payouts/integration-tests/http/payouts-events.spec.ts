import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { PAYOUTS_MODULE } from "@broadcart/plugin-stripe-payouts/modules/payouts"
import { PayoutsEvents } from "@broadcart/plugin-stripe-payouts/events"
import { adminHeaders, fromIp, recordEvents, waitFor } from "@broadcart/test-utils"
import { signUpActiveVendor } from "@broadcart/test-utils/marketplace"
import { onboardVendor, useFakeStripe } from "@broadcart/test-utils/stripe"

jest.setTimeout(240_000)

const stripe = useFakeStripe()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let events: { name: string; data: any }[]
    let as: () => ReturnType<typeof fromIp>

    beforeAll(async () => {
      events = recordEvents(getContainer(), Object.values(PayoutsEvents))
      const admin = await adminHeaders(getContainer(), api)
      as = () => fromIp("10.92.0.1", admin.headers)
    })

    beforeEach(() => {
      events.length = 0
    })

    const emitted = (name: string) => waitFor(async () => events.filter((e) => e.name === name).length > 0 && events.filter((e) => e.name === name), name)

    describe("commission rules", () => {
      it("emits commission_rule.created with the new rule's id", async () => {
        const created = await api.post("/admin/commission-rules", { currency_code: "eur", percentage: 4 }, as())
        expect(created.status).toBe(201)
        expect((await emitted(PayoutsEvents.COMMISSION_RULE_CREATED)).map((e) => e.data)).toEqual([{ id: created.data.commission_rule.id }])
      })

      it("emits commission_rule.updated with the rule's id", async () => {
        const created = await api.post("/admin/commission-rules", { currency_code: "gbp", percentage: 4 }, as())
        expect((await api.post(`/admin/commission-rules/${created.data.commission_rule.id}`, { percentage: 5 }, as())).status).toBe(200)
        expect((await emitted(PayoutsEvents.COMMISSION_RULE_UPDATED)).map((e) => e.data)).toEqual([{ id: created.data.commission_rule.id }])
      })

      it("emits commission_rule.deleted with the rule's id", async () => {
        const created = await api.post("/admin/commission-rules", { currency_code: "chf", percentage: 4 }, as())
        expect((await api.delete(`/admin/commission-rules/${created.data.commission_rule.id}`, as())).status).toBe(200)
        expect((await emitted(PayoutsEvents.COMMISSION_RULE_DELETED)).map((e) => e.data)).toEqual([{ id: created.data.commission_rule.id }])
      })

      it("emits nothing for a refused rule", async () => {
        const refused = await api.post("/admin/commission-rules", { vendor_id: "vend_nope", percentage: 5 }, as())
        expect(refused.status).toBe(404)
        await new Promise((r) => setTimeout(r, 500))
        expect(events).toEqual([])
      })
    })

    describe("payout accounts", () => {
      it("emits payout_account.updated with the account's new status when the provider reports it", async () => {
        const vendor = await signUpActiveVendor(api, getContainer(), "Event Shop")
        await onboardVendor(api, stripe.fake, vendor)
        const [account] = await getContainer().resolve(PAYOUTS_MODULE).listPayoutAccounts({ vendor_id: vendor.vendor.id })
        expect((await emitted(PayoutsEvents.PAYOUT_ACCOUNT_UPDATED)).map((e) => e.data)).toEqual([
          { id: account.id, vendor_id: vendor.vendor.id, status: "active" },
        ])
      })
    })

    describe("payout retry", () => {
      it("emits payout.retry_scheduled with the payout and its vendor", async () => {
        const failed = await getContainer().resolve(PAYOUTS_MODULE).createPayouts({
          vendor_id: "vend_retry",
          order_id: "order_retry",
          currency_code: "usd",
          gross_amount: 10,
          commission_amount: 1,
          net_amount: 9,
          status: "failed",
          attempts: 8,
        })
        const retried = await api.post(`/admin/payouts/${failed.id}/retry`, {}, as())
        expect([retried.status, retried.data.payout.attempts]).toEqual([200, 0])
        expect((await emitted(PayoutsEvents.PAYOUT_RETRY_SCHEDULED)).map((e) => e.data)).toEqual([{ id: failed.id, vendor_id: "vend_retry" }])
      })
    })
  },
})
