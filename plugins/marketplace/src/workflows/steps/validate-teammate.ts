import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import type MarketplaceModuleService from "../../modules/marketplace/service"

export const validateTeammateStepId = "validate-teammate"

/**
 * The member, if it belongs to the vendor's team and is not its owner (whose role is fixed):
 * another vendor's members are NOT_FOUND, the owner NOT_ALLOWED.
 */
export const validateTeammateStep = createStep(
  validateTeammateStepId,
  async ({ vendor_id, member_id }: { vendor_id: string; member_id: string }, { container }) => {
    const [member] = await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).listVendorMembers({ id: member_id, vendor_id })
    if (!member) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member ${member_id} not found`)
    }
    if (member.role === "owner") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The owner's role cannot be changed or removed")
    }
    return new StepResponse(member)
  }
)
