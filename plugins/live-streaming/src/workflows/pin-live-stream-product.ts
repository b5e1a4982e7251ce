import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { LiveStreamEvents } from "../events"
import { setPinnedProductStep, type SetPinnedInput } from "./steps/set-pinned-product"
import { broadcastPinStep } from "./steps/broadcast-pin"

export const pinLiveStreamProductWorkflowId = "pin-live-stream-product"

/** Pins (or unpins) a stream's product, tells every viewer, and emits live_stream.product_pinned. */
export const pinLiveStreamProductWorkflow = createWorkflow(pinLiveStreamProductWorkflowId, (input: SetPinnedInput) => {
  const product = setPinnedProductStep(input)
  broadcastPinStep(transform({ input, product }, ({ input, product }) => ({ stream_id: input.stream_id, product })))
  when("pinned-a-product", { input }, ({ input }) => !!input.product_id).then(() => {
    emitEventStep({
      eventName: LiveStreamEvents.PRODUCT_PINNED,
      data: transform({ input }, ({ input }) => ({ id: input.stream_id, product_id: input.product_id })),
    })
  })
  return new WorkflowResponse(product)
})
