import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LIVE_STREAMING_MODULE } from "../../modules/live-streaming"
import type LiveStreamingModuleService from "../../modules/live-streaming/service"

export const withdrawReplaysStepId = "withdraw-replays"

/** Stops offering the streams' replays; compensation offers them again. */
export const withdrawReplaysStep = createStep(
  withdrawReplaysStepId,
  async ({ ids }: { ids: string[] }, { container }) => {
    if (ids.length) {
      await container.resolve<LiveStreamingModuleService>(LIVE_STREAMING_MODULE).updateLiveStreams(ids.map((id) => ({ id, has_replay: false })))
    }
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container.resolve<LiveStreamingModuleService>(LIVE_STREAMING_MODULE).updateLiveStreams(ids.map((id) => ({ id, has_replay: true })))
    }
  }
)
