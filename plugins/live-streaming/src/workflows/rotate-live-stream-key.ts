import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { LiveStreamEvents, type LiveStreamKeyRotatedData } from "../events"
import { validateStreamKeyRotatableStep } from "./steps/validate-stream-key-rotatable"
import { rotateStreamKeyStep } from "./steps/rotate-stream-key"
import { endLiveStreamWorkflow } from "./end-live-stream"

export const rotateLiveStreamKeyWorkflowId = "rotate-live-stream-key"

/**
 * Issues a new stream key (returned once). The old key stops working: a live stream published
 * with it is cut off and ended at once, with its replay. Emits live_stream.stream_key_rotated.
 */
export const rotateLiveStreamKeyWorkflow = createWorkflow(rotateLiveStreamKeyWorkflowId, (input: { id: string }) => {
  const { data: streams } = useQueryGraphStep({
    entity: "live_stream",
    fields: ["id", "vendor_id", "status"],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  })
  const stream = transform({ streams }, ({ streams }) => streams[0])
  validateStreamKeyRotatableStep(stream)
  const rotated = rotateStreamKeyStep(input)
  when("rotated-while-live", { stream }, ({ stream }) => stream.status === "live").then(() => {
    endLiveStreamWorkflow.runAsStep({ input: { id: input.id } })
  })
  emitEventStep({
    eventName: LiveStreamEvents.STREAM_KEY_ROTATED,
    data: transform({ stream, rotated }, ({ stream, rotated }): LiveStreamKeyRotatedData => ({
      id: stream.id,
      vendor_id: stream.vendor_id,
      stream_key_hint: rotated.stream_key_hint,
    })),
  })
  return new WorkflowResponse(rotated)
})
