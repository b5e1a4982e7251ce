import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LIVE_STREAMING_MODULE } from "../../modules/live-streaming"
import type LiveStreamingModuleService from "../../modules/live-streaming/service"

export const rotateStreamKeyStepId = "rotate-stream-key"

/** Gives the stream a new key and returns it (shown once); compensation restores the old key's hash. */
export const rotateStreamKeyStep = createStep(
  rotateStreamKeyStepId,
  async ({ id }: { id: string }, { container }) => {
    const service: LiveStreamingModuleService = container.resolve(LIVE_STREAMING_MODULE)
    const [before] = await service.listLiveStreams({ id }, { select: ["id", "stream_key_hash", "stream_key_hint"] })
    const { key, ...fields } = service.newStreamKey()
    await service.updateLiveStreams({ id, ...fields })
    return new StepResponse(
      { stream_key: key, stream_key_hint: fields.stream_key_hint },
      { id, stream_key_hash: before.stream_key_hash, stream_key_hint: before.stream_key_hint }
    )
  },
  async (before, { container }) => {
    if (before) {
      await container.resolve<LiveStreamingModuleService>(LIVE_STREAMING_MODULE).updateLiveStreams(before)
    }
  }
)
