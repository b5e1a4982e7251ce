import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"

export const validateStreamKeyRotatableStepId = "validate-stream-key-rotatable"

/** NOT_ALLOWED for a stream that is over (ended or cancelled): its key publishes nothing any more. */
export const validateStreamKeyRotatableStep = createStep(validateStreamKeyRotatableStepId, async (stream: { status: string }) => {
  if (stream.status === "ended" || stream.status === "cancelled") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Live stream is ${stream.status}`)
  }
  return new StepResponse(undefined)
})
