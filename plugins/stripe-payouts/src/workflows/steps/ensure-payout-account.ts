import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { retrieveVendor } from "@broadcart/plugin-marketplace"
import { PAYOUTS_MODULE } from "../../modules/payouts"
import type PayoutsModuleService from "../../modules/payouts/service"

export const ensurePayoutAccountStepId = "ensure-payout-account"

/**
 * The vendor's Express connected account: the existing one, or a new one created in Stripe (with
 * an idempotency key from the vendor id, so a retried request cannot open a second account).
 */
export const ensurePayoutAccountStep = createStep(
  ensurePayoutAccountStepId,
  async ({ vendor_id, country }: { vendor_id: string; country?: string }, { container }) => {
    const payouts: PayoutsModuleService = container.resolve(PAYOUTS_MODULE)
    const [existing] = await payouts.listPayoutAccounts({ vendor_id })
    if (existing) {
      return new StepResponse(existing, null)
    }
    const vendor = await retrieveVendor(container, vendor_id, ["id", "name", "email"])
    const accountCountry = country ?? payouts.options.accountCountry
    const {
      id,
      country: opened,
      created: openedAt,
      ...state
    } = await payouts.createProviderAccount(
      { vendor_id, country: accountCountry, email: vendor.email, name: vendor.name },
      `account_${vendor_id}_${accountCountry}`
    )
    const created = await payouts.createPayoutAccounts({
      vendor_id,
      stripe_account_id: id,
      country: opened ?? accountCountry,
      ...state,
      synced_at: openedAt,
    })
    return new StepResponse(created, created.id)
  },
  async (createdId, { container }) => {
    if (createdId) {
      await container.resolve<PayoutsModuleService>(PAYOUTS_MODULE).deletePayoutAccounts(createdId)
    }
  }
)
