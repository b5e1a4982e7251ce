import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LIVE_STREAMING_MODULE } from "../../modules/live-streaming"
import type LiveStreamingModuleService from "../../modules/live-streaming/service"

export const broadcastPinStepId = "broadcast-pin"

/** Sends the pinned product to every viewer of the stream (across nodes through Redis). */
export const broadcastPinStep = createStep(
  broadcastPinStepId,
  async ({ stream_id, product }: { stream_id: string; product: Record<string, unknown> | null }, { container }) => {
    container.resolve<LiveStreamingModuleService>(LIVE_STREAMING_MODULE).live?.pinned(stream_id, product)
    return new StepResponse(true)
  }
)
