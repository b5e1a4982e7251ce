import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { LiveStreamEvents } from "../events"
import { assertVendorProductsStep } from "./steps/assert-vendor-products"
import { saveLiveStreamStep, type SaveLiveStreamInput } from "./steps/save-live-stream"

export const saveLiveStreamWorkflowId = "save-live-stream"

/** Creates or updates a vendor's stream and its featured products; a new stream is announced as scheduled. */
export const saveLiveStreamWorkflow = createWorkflow(saveLiveStreamWorkflowId, (input: SaveLiveStreamInput) => {
  assertVendorProductsStep(input)
  const saved = saveLiveStreamStep(input)
  when("announce-new-stream", { input }, ({ input }) => !input.id).then(() => {
    emitEventStep({
      eventName: LiveStreamEvents.SCHEDULED,
      data: transform({ saved }, ({ saved }) => ({ id: saved.stream.id, vendor_id: saved.stream.vendor_id })),
    })
  })
  return new WorkflowResponse(saved)
})
