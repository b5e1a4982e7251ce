import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PayoutsEvents } from "../events"
import { validateCommissionRuleStep } from "./steps/validate-commission-rule"
import { createCommissionRuleStep, type CommissionRuleData } from "./steps/create-commission-rule"

export const createCommissionRuleWorkflowId = "create-commission-rule"

/** Adds a rule for the platform, a vendor, a category or a vendor's category (409 if the scope has one). */
export const createCommissionRuleWorkflow = createWorkflow(createCommissionRuleWorkflowId, (input: { data: CommissionRuleData }) => {
  const scope_key = validateCommissionRuleStep(input)
  const rule = createCommissionRuleStep(transform({ input, scope_key }, ({ input, scope_key }) => ({ data: input.data, scope_key })))
  emitEventStep({ eventName: PayoutsEvents.COMMISSION_RULE_CREATED, data: transform({ rule }, ({ rule }) => ({ id: rule.id })) })
  return new WorkflowResponse(rule)
})
