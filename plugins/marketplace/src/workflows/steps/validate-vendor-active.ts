import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import type MarketplaceModuleService from "../../modules/marketplace/service"

export const validateVendorActiveStepId = "validate-vendor-active"

/** NOT_FOUND for an unknown vendor, NOT_ALLOWED unless it is active (approved and not suspended). */
export const validateVendorActiveStep = createStep(validateVendorActiveStepId, async (vendorId: string, { container }) => {
  const [vendor] = await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).listVendors({ id: vendorId }, { select: ["id", "status"] })
  if (!vendor) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Vendor ${vendorId} not found`)
  }
  if (vendor.status !== "active") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Vendor ${vendorId} is ${vendor.status}`)
  }
  return new StepResponse(vendor)
})
