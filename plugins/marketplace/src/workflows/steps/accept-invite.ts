import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import type MarketplaceModuleService from "../../modules/marketplace/service"

export const acceptInviteStepId = "accept-vendor-invite"

/** Marks an open invitation accepted; rollback reopens it. */
export const acceptInviteStep = createStep(
  acceptInviteStepId,
  async (input: { token: string; email: string }, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const invite = await marketplace.findOpenInvite(input.token, input.email)
    await marketplace.updateVendorInvites({ id: invite.id, accepted_at: new Date() })
    return new StepResponse(invite, invite.id)
  },
  async (inviteId, { container }) => {
    if (inviteId) {
      await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).updateVendorInvites({ id: inviteId, accepted_at: null })
    }
  }
)
