import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUTS_MODULE } from "../../modules/payouts"
import type PayoutsModuleService from "../../modules/payouts/service"
import type { PayoutAccountState } from "../../providers/payout-provider"

export type PayoutAccountStateInput = { stripe_account_id: string; state: PayoutAccountState; synced_at: number }

export const updatePayoutAccountStateStepId = "update-payout-account-state"

/**
 * Applies the provider's report of a connected account, unless a newer one was applied already.
 * Returns the account, or null when it is not ours or the report is older; compensation puts back the previous state.
 */
export const updatePayoutAccountStateStep = createStep(
  updatePayoutAccountStateStepId,
  async (input: PayoutAccountStateInput, { container }) => {
    const payouts: PayoutsModuleService = container.resolve(PAYOUTS_MODULE)
    const [known] = await payouts.listPayoutAccounts({ stripe_account_id: input.stripe_account_id })
    if (!known || known.synced_at > input.synced_at) {
      return new StepResponse(null, null)
    }
    const { status, charges_enabled, payouts_enabled, details_submitted, requirements, synced_at } = known
    const updated = await payouts.updatePayoutAccounts({ id: known.id, ...input.state, synced_at: input.synced_at })
    return new StepResponse(updated, { id: known.id, status, charges_enabled, payouts_enabled, details_submitted, requirements, synced_at })
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<PayoutsModuleService>(PAYOUTS_MODULE).updatePayoutAccounts(previous as any)
    }
  }
)
