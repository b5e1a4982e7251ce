import type LiveStreamingModuleService from "../../../modules/live-streaming/service"
import { isOnAir } from "../../../modules/live-streaming/on-air"

/** A stream as the storefront sees it: HLS playback when live or replayable, HTTP-FLV when live. */
export function forStore(service: LiveStreamingModuleService, stream: Record<string, any>) {
  const live = stream.status === "live"
  // An interrupted stream keeps its live playlist, to resume when its encoder returns.
  const playable = isOnAir(stream.status) || (stream.status === "ended" && stream.has_replay)
  return { ...stream, playback_url: playable ? service.playbackUrl(stream.id) : null, flv_url: live ? service.flvUrl(stream.id) : null }
}
