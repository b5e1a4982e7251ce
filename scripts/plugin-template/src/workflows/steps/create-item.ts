import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { __NAME_SNAKE___MODULE } from "../../modules/__name__"
import type __Name__ModuleService from "../../modules/__name__/service"

export type CreateItemStepInput = { title: string }

export const createItemStepId = "__name__-create-item"

/** Creates an item; deleted again when a later step fails. */
export const createItemStep = createStep(
  createItemStepId,
  async (input: CreateItemStepInput, { container }) => {
    const item = await container.resolve<__Name__ModuleService>(__NAME_SNAKE___MODULE).create__Name__Items(input)
    return new StepResponse(item, item.id)
  },
  async (itemId, { container }) => {
    if (itemId) {
      await container.resolve<__Name__ModuleService>(__NAME_SNAKE___MODULE).delete__Name__Items(itemId)
    }
  }
)
