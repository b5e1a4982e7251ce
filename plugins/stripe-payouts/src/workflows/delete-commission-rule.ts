import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PayoutsEvents } from "../events"
import { validateCommissionRuleExistsStep } from "./steps/validate-commission-rule"
import { deleteCommissionRuleStep } from "./steps/delete-commission-rule"

export const deleteCommissionRuleWorkflowId = "delete-commission-rule"

/** Removes a rule; orders already placed keep the commission they were placed with. */
export const deleteCommissionRuleWorkflow = createWorkflow(deleteCommissionRuleWorkflowId, (input: { id: string }) => {
  validateCommissionRuleExistsStep(input)
  const id = deleteCommissionRuleStep(input)
  emitEventStep({ eventName: PayoutsEvents.COMMISSION_RULE_DELETED, data: transform({ id }, ({ id }) => ({ id })) })
  return new WorkflowResponse(id)
})
