import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUTS_MODULE } from "../../modules/payouts"
import type PayoutsModuleService from "../../modules/payouts/service"

export const deleteCommissionRuleStepId = "delete-commission-rule"

/** Deletes a commission rule (softly, so compensation can restore it). */
export const deleteCommissionRuleStep = createStep(
  deleteCommissionRuleStepId,
  async ({ id }: { id: string }, { container }) => {
    await container.resolve<PayoutsModuleService>(PAYOUTS_MODULE).softDeleteCommissionRules(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<PayoutsModuleService>(PAYOUTS_MODULE).restoreCommissionRules(id)
    }
  }
)
