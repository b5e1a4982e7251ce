import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { LiveStreamEvents, type LiveStreamEventData } from "../events"
import { validateLiveStreamCancellableStep } from "./steps/validate-live-stream-cancellable"
import { cancelLiveStreamStep } from "./steps/cancel-live-stream"

export const cancelLiveStreamWorkflowId = "cancel-live-stream"

/** Cancels a scheduled stream (its key stops working) and emits live_stream.cancelled. */
export const cancelLiveStreamWorkflow = createWorkflow(cancelLiveStreamWorkflowId, (input: { id: string }) => {
  const { data: streams } = useQueryGraphStep({
    entity: "live_stream",
    fields: ["id", "vendor_id", "status"],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  })
  const stream = transform({ streams }, ({ streams }) => streams[0])
  validateLiveStreamCancellableStep(stream)
  const cancelled = cancelLiveStreamStep(input)
  emitEventStep({
    eventName: LiveStreamEvents.CANCELLED,
    data: transform({ stream }, ({ stream }): LiveStreamEventData => ({ id: stream.id, vendor_id: stream.vendor_id })),
  })
  return new WorkflowResponse(cancelled)
})
