import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import type MarketplaceModuleService from "../../modules/marketplace/service"

export type CreateVendorMemberStepInput = {
  vendor_id: string
  email: string
  name?: string | null
  role: "owner" | "admin" | "staff"
}

export const createVendorMemberStepId = "create-vendor-member"

/** Adds a member to a vendor's team; removed again on rollback. */
export const createVendorMemberStep = createStep(
  createVendorMemberStepId,
  async (input: CreateVendorMemberStepInput, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const member = await marketplace.createVendorMembers({ ...input, email: input.email.toLowerCase() })
    return new StepResponse(member, member.id)
  },
  async (memberId, { container }) => {
    if (memberId) {
      await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).deleteVendorMembers(memberId)
    }
  }
)
