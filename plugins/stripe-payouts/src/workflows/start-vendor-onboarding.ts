import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensurePayoutAccountStep } from "./steps/ensure-payout-account"
import { createOnboardingLinkStep } from "./steps/create-onboarding-link"

export type StartVendorOnboardingInput = { vendor_id: string; country?: string; return_url?: string; refresh_url?: string }

export const startVendorOnboardingWorkflowId = "start-vendor-onboarding"

/** Gives a vendor its Stripe Express account (once) and a fresh link to finish onboarding there. */
export const startVendorOnboardingWorkflow = createWorkflow(startVendorOnboardingWorkflowId, (input: StartVendorOnboardingInput) => {
  const account = ensurePayoutAccountStep(input)
  const link = createOnboardingLinkStep(
    transform({ account, input }, ({ account, input }) => ({
      stripe_account_id: account.stripe_account_id,
      return_url: input.return_url,
      refresh_url: input.refresh_url,
    }))
  )
  return new WorkflowResponse(transform({ account, link }, ({ account, link }) => ({ account, ...link })))
})
