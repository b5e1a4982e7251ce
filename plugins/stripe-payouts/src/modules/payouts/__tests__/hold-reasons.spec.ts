import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { join } from "node:path"
import { PAYOUTS_MODULE } from ".."
import type PayoutsModuleService from "../service"
import { runPayouts } from "../../../jobs/send-payouts"

jest.setTimeout(30_000)

let orders = 0

/** A due payout of 10 (net 9) for the vendor, due at `dueAt`. */
const duePayout = (service: PayoutsModuleService, vendor_id: string, fields: Record<string, any> = {}) =>
  service.createPayouts({
    vendor_id,
    order_id: `order_${++orders}`,
    currency_code: "usd",
    gross_amount: 10,
    commission_amount: 1,
    net_amount: 9,
    status: "due",
    due_at: new Date(Date.now() - 1000),
    ...fields,
  } as any)

const account = (service: PayoutsModuleService, vendor_id: string, status: string) =>
  service.createPayoutAccounts({ vendor_id, stripe_account_id: `acct_${vendor_id}`, country: "US", status } as any)

const reasonOf = async (service: PayoutsModuleService, id: string) => (await service.retrievePayout(id)).hold_reason

moduleIntegrationTestRunner<PayoutsModuleService>({
  moduleName: PAYOUTS_MODULE,
  resolve: join(__dirname, ".."),
  moduleOptions: { apiKey: "sk_test_holds", currency: "usd", holdDays: 2 },
  testSuite: ({ service }) => {
    it("says why each due payout waits: currency, no account, an account not active, the hold days", async () => {
      await account(service, "vend_active", "active")
      await account(service, "vend_pending", "pending")
      const euro = await duePayout(service, "vend_active", { currency_code: "eur" })
      const unboarded = await duePayout(service, "vend_none")
      const pending = await duePayout(service, "vend_pending")
      const held = await duePayout(service, "vend_active", { due_at: new Date("2030-01-02T03:04:00Z") })
      const ready = await duePayout(service, "vend_active", { hold_reason: "an old reason" })
      const accruing = await duePayout(service, "vend_none", { status: "pending", due_at: null })

      await service.markHeldPayouts()
      expect(await reasonOf(service, euro.id)).toBe("Payouts are made in USD only")
      expect(await reasonOf(service, unboarded.id)).toBe("The vendor has not set up Stripe payouts yet")
      expect(await reasonOf(service, pending.id)).toBe("Waiting for the vendor's Stripe account to become active (it is pending)")
      expect(await reasonOf(service, held.id)).toBe("Held 2 days after it fell due, until 2030-01-02 03:04 UTC")
      expect(await reasonOf(service, ready.id)).toBeNull()
      expect(await reasonOf(service, accruing.id)).toBeNull()
    })

    it("refreshes only the payouts or the vendor it is asked about", async () => {
      const first = await duePayout(service, "vend_a")
      const second = await duePayout(service, "vend_a")
      const other = await duePayout(service, "vend_b")
      await service.markHeldPayouts({ ids: [first.id] })
      expect([await reasonOf(service, first.id), await reasonOf(service, second.id)]).toEqual(["The vendor has not set up Stripe payouts yet", null])
      await service.markHeldPayouts({ vendor_id: "vend_a" })
      expect([await reasonOf(service, second.id), await reasonOf(service, other.id)]).toEqual(["The vendor has not set up Stripe payouts yet", null])
    })
  },
})

moduleIntegrationTestRunner<PayoutsModuleService>({
  moduleName: PAYOUTS_MODULE,
  resolve: join(__dirname, ".."),
  moduleOptions: {},
  testSuite: ({ service, medusaApp }) => {
    it("says a due payout waits because Stripe is not configured, on every job run", async () => {
      await account(service, "vend_ready", "active")
      const due = await duePayout(service, "vend_ready")
      expect(await runPayouts(medusaApp.sharedContainer)).toEqual({ sent: 0, failed: 0, skipped: 0, adjustments: 0 })
      expect(await reasonOf(service, due.id)).toBe("Stripe payouts are not configured on this platform (no Stripe API key)")
    })
  },
})
