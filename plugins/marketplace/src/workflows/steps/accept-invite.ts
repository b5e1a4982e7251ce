import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import type MarketplaceModuleService from "../../modules/marketplace/service"

export const acceptInviteStepId = "accept-vendor-invite"

/** Marks an invitation accepted; rollback reopens it. */
export const acceptInviteStep = createStep(
  acceptInviteStepId,
  async (inviteId: string, { container }) => {
    await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).updateVendorInvites({ id: inviteId, accepted_at: new Date() })
    return new StepResponse(inviteId, inviteId)
  },
  async (inviteId, { container }) => {
    if (inviteId) {
      await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).updateVendorInvites({ id: inviteId, accepted_at: null })
    }
  }
)
