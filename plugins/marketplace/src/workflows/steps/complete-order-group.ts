import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import type MarketplaceModuleService from "../../modules/marketplace/service"

export const completeOrderGroupStepId = "complete-order-group"

/** Marks a group's checkout as finished; rollback marks it unfinished again. */
export const completeOrderGroupStep = createStep(
  completeOrderGroupStepId,
  async ({ id }: { id: string }, { container }) => {
    await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).updateOrderGroups({ id, completed_at: new Date() })
    return new StepResponse(undefined, id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).updateOrderGroups({ id, completed_at: null })
    }
  }
)
