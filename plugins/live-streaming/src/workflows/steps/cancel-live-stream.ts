import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LIVE_STREAMING_MODULE } from "../../modules/live-streaming"
import type LiveStreamingModuleService from "../../modules/live-streaming/service"

export const cancelLiveStreamStepId = "cancel-live-stream"

/** Marks the stream cancelled; compensation puts back the status it had. */
export const cancelLiveStreamStep = createStep(
  cancelLiveStreamStepId,
  async ({ id }: { id: string }, { container }) => {
    const service: LiveStreamingModuleService = container.resolve(LIVE_STREAMING_MODULE)
    const [before] = await service.listLiveStreams({ id }, { select: ["id", "status"] })
    const cancelled = await service.updateLiveStreams({ id, status: "cancelled" })
    return new StepResponse(cancelled, { id, status: before.status })
  },
  async (before, { container }) => {
    if (before) {
      await container.resolve<LiveStreamingModuleService>(LIVE_STREAMING_MODULE).updateLiveStreams(before)
    }
  }
)
