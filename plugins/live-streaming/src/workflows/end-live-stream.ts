import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { LiveStreamEvents, type LiveStreamEndedData } from "../events"
import { validateLiveStreamEndableStep } from "./steps/validate-live-stream-endable"
import { endLiveStreamStep } from "./steps/end-live-stream"

export const endLiveStreamWorkflowId = "end-live-stream"

/**
 * Ends a stream on air now: its encoder is cut off and its replay finished. live_stream.ended is
 * emitted once: by the ingest that ended it, or here when no ingest carried it.
 */
export const endLiveStreamWorkflow = createWorkflow(endLiveStreamWorkflowId, (input: { id: string }) => {
  const { data: streams } = useQueryGraphStep({
    entity: "live_stream",
    fields: ["id", "vendor_id", "status", "has_replay"],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  })
  const stream = transform({ streams }, ({ streams }) => streams[0])
  validateLiveStreamEndableStep(stream)
  const ended = endLiveStreamStep(input)
  when("ended-without-ingest", { ended }, ({ ended }) => ended.marked).then(() => {
    emitEventStep({
      eventName: LiveStreamEvents.ENDED,
      data: transform({ stream }, ({ stream }): LiveStreamEndedData => ({ id: stream.id, vendor_id: stream.vendor_id, has_replay: !!stream.has_replay })),
    })
  })
  return new WorkflowResponse(ended)
})
