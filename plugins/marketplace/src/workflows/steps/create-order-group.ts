import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import type MarketplaceModuleService from "../../modules/marketplace/service"

export type CreateOrderGroupStepInput = {
  cart_id: string
  customer_id?: string | null
  email?: string | null
  currency_code: string
  total: unknown
}

export const createOrderGroupStepId = "create-order-group"

/** Creates the group of a split checkout; rollback deletes it. */
export const createOrderGroupStep = createStep(
  createOrderGroupStepId,
  async (input: CreateOrderGroupStepInput, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const group = await marketplace.createOrderGroups(input as any)
    return new StepResponse(group, group.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).deleteOrderGroups(id)
    }
  }
)
