import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUTS_MODULE } from "../../modules/payouts"
import type PayoutsModuleService from "../../modules/payouts/service"

export const createOnboardingLinkStepId = "create-onboarding-link"

/** A one-time provider-hosted onboarding link for the connected account. */
export const createOnboardingLinkStep = createStep(
  createOnboardingLinkStepId,
  async (input: { stripe_account_id: string; return_url?: string; refresh_url?: string }, { container }) => {
    const payouts: PayoutsModuleService = container.resolve(PAYOUTS_MODULE)
    const fallback = `${payouts.options.vendorUrl.replace(/\/$/, "")}/payouts`
    const link = await payouts.createOnboardingLink({
      account_id: input.stripe_account_id,
      return_url: input.return_url ?? `${fallback}?onboarding=done`,
      refresh_url: input.refresh_url ?? `${fallback}?onboarding=refresh`,
    })
    return new StepResponse(link)
  }
)
