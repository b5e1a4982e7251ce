import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PayoutsEvents } from "../events"
import { validateCommissionRuleStep } from "./steps/validate-commission-rule"
import { updateCommissionRuleStep } from "./steps/update-commission-rule"
import type { CommissionRuleData } from "./steps/create-commission-rule"

export const updateCommissionRuleWorkflowId = "update-commission-rule"

/** Changes a rule. Orders already placed keep the commission they were placed with. */
export const updateCommissionRuleWorkflow = createWorkflow(updateCommissionRuleWorkflowId, (input: { id: string; data: CommissionRuleData }) => {
  const scope_key = validateCommissionRuleStep(input)
  const rule = updateCommissionRuleStep(transform({ input, scope_key }, ({ input, scope_key }) => ({ ...input, scope_key })))
  emitEventStep({ eventName: PayoutsEvents.COMMISSION_RULE_UPDATED, data: transform({ input }, ({ input }) => ({ id: input.id })) })
  return new WorkflowResponse(rule)
})
