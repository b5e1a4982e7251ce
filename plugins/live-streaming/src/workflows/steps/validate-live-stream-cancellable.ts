import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"

export const validateLiveStreamCancellableStepId = "validate-live-stream-cancellable"

/** NOT_ALLOWED unless the stream is still scheduled: a stream that went on air ends instead. */
export const validateLiveStreamCancellableStep = createStep(validateLiveStreamCancellableStepId, async (stream: { status: string }) => {
  if (stream.status !== "scheduled") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Only scheduled streams can be cancelled; this one is ${stream.status}`)
  }
  return new StepResponse(undefined)
})
