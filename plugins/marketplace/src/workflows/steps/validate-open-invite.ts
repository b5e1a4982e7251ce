import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import type MarketplaceModuleService from "../../modules/marketplace/service"

export const validateOpenInviteStepId = "validate-open-invite"

/** The open invitation behind a token for this email: NOT_FOUND, or NOT_ALLOWED when taken, expired or for another email. */
export const validateOpenInviteStep = createStep(validateOpenInviteStepId, async (input: { token: string; email: string }, { container }) => {
  const invite = await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).findOpenInvite(input.token, input.email)
  return new StepResponse(invite)
})
