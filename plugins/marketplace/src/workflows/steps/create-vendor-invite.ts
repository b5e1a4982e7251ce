import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import type MarketplaceModuleService from "../../modules/marketplace/service"

export type CreateVendorInviteStepInput = { vendor_id: string; email: string; role: "admin" | "staff" }

export const createVendorInviteStepId = "create-vendor-invite"

/** Issues an invitation and returns it with its one-time token; deleted again on rollback. */
export const createVendorInviteStep = createStep(
  createVendorInviteStepId,
  async (input: CreateVendorInviteStepInput, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const { invite, token } = await marketplace.issueInvite(input.vendor_id, input.email, input.role)
    const { token_hash: _hash, ...visible } = invite
    return new StepResponse({ invite: visible, token }, invite.id)
  },
  async (inviteId, { container }) => {
    if (inviteId) {
      await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).deleteVendorInvites(inviteId)
    }
  }
)
