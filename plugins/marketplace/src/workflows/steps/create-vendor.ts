import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import type MarketplaceModuleService from "../../modules/marketplace/service"

export type CreateVendorStepInput = {
  name: string
  handle: string
  email: string
  description?: string | null
  logo?: string | null
}

export const createVendorStepId = "create-vendor"

/** Creates a vendor, pending unless the plugin auto-approves; deleted again on rollback. */
export const createVendorStep = createStep(
  createVendorStepId,
  async (input: CreateVendorStepInput, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const status = marketplace.options.autoApproveVendors ? "active" : "pending"
    const vendor = await marketplace.createVendors({ ...input, status })
    return new StepResponse(vendor, vendor.id)
  },
  async (vendorId, { container }) => {
    if (vendorId) {
      await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).deleteVendors(vendorId)
    }
  }
)
