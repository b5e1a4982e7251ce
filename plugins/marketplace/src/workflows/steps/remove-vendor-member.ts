import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import type MarketplaceModuleService from "../../modules/marketplace/service"

export const removeVendorMemberStepId = "remove-vendor-member"

/** Removes a member from its vendor's team (soft delete); rollback restores it. */
export const removeVendorMemberStep = createStep(
  removeVendorMemberStepId,
  async (memberId: string, { container }) => {
    await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).softDeleteVendorMembers(memberId)
    return new StepResponse(memberId, memberId)
  },
  async (memberId, { container }) => {
    if (memberId) {
      await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).restoreVendorMembers(memberId)
    }
  }
)
