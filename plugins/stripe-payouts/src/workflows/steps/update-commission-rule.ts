import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUTS_MODULE } from "../../modules/payouts"
import type PayoutsModuleService from "../../modules/payouts/service"
import type { CommissionRuleData } from "./create-commission-rule"

export const updateCommissionRuleStepId = "update-commission-rule"

/** Changes a commission rule's fields and scope; compensation puts back the fields it changed. */
export const updateCommissionRuleStep = createStep(
  updateCommissionRuleStepId,
  async (input: { id: string; data: CommissionRuleData; scope_key: string }, { container }) => {
    const payouts: PayoutsModuleService = container.resolve(PAYOUTS_MODULE)
    const changes = { ...input.data, scope_key: input.scope_key }
    const current: Record<string, unknown> = await payouts.retrieveCommissionRule(input.id)
    const previous = Object.fromEntries(Object.keys(changes).map((key) => [key, current[key]]))
    const rule = await payouts.updateCommissionRules({ ...changes, id: input.id } as any)
    return new StepResponse(rule, { id: input.id, previous })
  },
  async (undo, { container }) => {
    if (undo) {
      await container.resolve<PayoutsModuleService>(PAYOUTS_MODULE).updateCommissionRules({ ...undo.previous, id: undo.id } as any)
    }
  }
)
