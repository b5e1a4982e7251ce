import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { fromIp } from "../../../../integration-tests/helpers/admin"
import { seedStore, twoVendorCart } from "../../../marketplace/integration-tests/helpers/checkout"
import { enableStripe, onboardVendor, payoutsOf, useFakeStripe, waitFor } from "../helpers/payouts"

jest.setTimeout(240_000)

const stripe = useFakeStripe()
const cents = (x: number) => Math.round(x * 100)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const runPayouts = (opts?: any) => require("@broadcart/plugin-stripe-payouts/lib/run-payouts").runPayouts(getContainer(), opts)

    beforeEach(() => stripe.fake.reset())

    /** Two vendors' order paid by Stripe, under mixed commission rules; returns everything the cases need. */
    async function paidTwoVendorOrder() {
      const container = getContainer()
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

    it("pays each vendor its order total less commission, to the cent, once Stripe says the account is active", async () => {
      const { admin, as, a, b, group, orderA, orderB } = await paidTwoVendorOrder()
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
      await waitFor(async () => (await payoutsOf(api, admin, b.vendor.id))[0].status === "due", "B's payout due")

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
      expect(heldB.hold_reason).toMatch(/not.*active|active/)

      // B's account turns active: its payout goes out on the next run, and A is not paid again.
      const { activateAccount } = require("../helpers/payouts")
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
      expect(ledgerA.data.balances).toEqual([
        { currency_code: "usd", accruing: 0, due: 0, paid: orderA.total - commissionA, commission: commissionA },
      ])
      expect((await api.get(`/vendor/payouts/${payoutB.id}`, a.as())).status).toBe(404)
      expect((await api.get(`/vendor/payouts/${payoutA.id}`, a.as())).data.payout.lines).toHaveLength(1)
    })
  },
})
