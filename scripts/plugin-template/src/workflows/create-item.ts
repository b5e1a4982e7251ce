import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { __Name__Events } from "../events"
import { checkCapacityStep } from "./steps/check-capacity"
import { createItemStep, type CreateItemStepInput } from "./steps/create-item"

export type Create__Name__ItemInput = CreateItemStepInput

export const create__Name__ItemWorkflowId = "create-__name__-item"

/** Adds an item: checks the store's capacity, creates the item, then emits ITEM_CREATED. */
export const create__Name__ItemWorkflow = createWorkflow(create__Name__ItemWorkflowId, (input: Create__Name__ItemInput) => {
  checkCapacityStep()
  const item = createItemStep(input)
  emitEventStep({ eventName: __Name__Events.ITEM_CREATED, data: transform({ item }, ({ item }) => ({ id: item.id })) })
  return new WorkflowResponse(item)
})
