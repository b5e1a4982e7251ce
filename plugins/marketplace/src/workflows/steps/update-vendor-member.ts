import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import type MarketplaceModuleService from "../../modules/marketplace/service"

type Role = "owner" | "admin" | "staff"

export const updateVendorMemberStepId = "update-vendor-member"

/** Gives a member another role; rollback restores the previous one. */
export const updateVendorMemberStep = createStep(
  updateVendorMemberStepId,
  async ({ id, role }: { id: string; role: Role }, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const previous = await marketplace.retrieveVendorMember(id)
    const member = await marketplace.updateVendorMembers({ id, role })
    return new StepResponse(member, { id, role: previous.role as Role })
  },
  async (restore, { container }) => {
    if (restore) {
      await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).updateVendorMembers(restore)
    }
  }
)
