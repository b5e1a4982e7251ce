import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readPluginOptions } from "@broadcart/core/options"
import options from "../../options"
import { __NAME_SNAKE___MODULE } from "../../modules/__name__"
import type __Name__ModuleService from "../../modules/__name__/service"

export const checkCapacityStepId = "__name__-check-capacity"

/** Refuses a new item once the store holds `maxItems`. It changes nothing, so it has no compensation. */
export const checkCapacityStep = createStep(checkCapacityStepId, async (_: void, { container }) => {
  const { maxItems } = readPluginOptions(container, options)
  const count = await container.resolve<__Name__ModuleService>(__NAME_SNAKE___MODULE).countItems()
  if (count >= maxItems) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The store holds its ${maxItems} items already`)
  }
  return new StepResponse(count)
})
