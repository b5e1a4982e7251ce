import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { isOnAir } from "../../modules/live-streaming/on-air"

export const validateLiveStreamEndableStepId = "validate-live-stream-endable"

/** NOT_ALLOWED unless the stream is on air (live, or interrupted while its encoder may return). */
export const validateLiveStreamEndableStep = createStep(validateLiveStreamEndableStepId, async (stream: { status: string }) => {
  if (!isOnAir(stream.status)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Only live streams can be ended; this one is ${stream.status}`)
  }
  return new StepResponse(undefined)
})
