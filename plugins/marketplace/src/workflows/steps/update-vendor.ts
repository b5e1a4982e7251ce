import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import type MarketplaceModuleService from "../../modules/marketplace/service"

export type UpdateVendorStepInput = {
  id: string
  name?: string
  handle?: string
  email?: string
  description?: string | null
  logo?: string | null
  status?: "pending" | "active" | "suspended"
  status_reason?: string | null
}

export const updateVendorStepId = "update-vendor"

/** Updates one vendor; rollback restores the fields it changed. */
export const updateVendorStep = createStep(
  updateVendorStepId,
  async (input: UpdateVendorStepInput, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const previous = await marketplace.retrieveVendor(input.id)
    const restore = Object.fromEntries(Object.keys(input).map((key) => [key, (previous as Record<string, unknown>)[key]])) as UpdateVendorStepInput
    const vendor = await marketplace.updateVendors(input)
    return new StepResponse({ vendor, previous }, restore)
  },
  async (restore, { container }) => {
    if (restore) {
      await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).updateVendors(restore)
    }
  }
)
