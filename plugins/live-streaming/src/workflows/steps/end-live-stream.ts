import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LIVE_STREAMING_MODULE } from "../../modules/live-streaming"
import type LiveStreamingModuleService from "../../modules/live-streaming/service"

export const endLiveStreamStepId = "end-live-stream"

type Before = { id: string; status: "live" | "interrupted"; ended_at: Date | null; current_viewers: number }

/**
 * Ends a stream on air. The ingest that carries it (here, or another process asked over Redis)
 * cuts the encoder off, finishes the replay and records the end itself; only when no ingest does,
 * this step marks the stream ended (`marked`), and compensation can undo that mark. An encoder cut
 * off stays cut off.
 */
export const endLiveStreamStep = createStep(
  endLiveStreamStepId,
  async ({ id }: { id: string }, { container }): Promise<StepResponse<{ marked: boolean }, Before | null>> => {
    const service: LiveStreamingModuleService = container.resolve(LIVE_STREAMING_MODULE)
    if (await service.endOnIngest(id)) {
      return new StepResponse<{ marked: boolean }, Before | null>({ marked: false }, null)
    }
    const [before] = await service.listLiveStreams({ id }, { select: ["id", "status", "ended_at", "current_viewers"] })
    await service.updateLiveStreams({ id, status: "ended", ended_at: new Date(), current_viewers: 0 })
    return new StepResponse<{ marked: boolean }, Before | null>({ marked: true }, before as Before)
  },
  async (before, { container }) => {
    if (before) {
      await container.resolve<LiveStreamingModuleService>(LIVE_STREAMING_MODULE).updateLiveStreams(before)
    }
  }
)
