import { existsSync } from "node:fs"
import { join, resolve } from "node:path"
import type LiveStreamingModuleService from "../modules/live-streaming/service"

/**
 * Ended streams whose replay playlist is not in this ingest's media folder (deleted, or recorded
 * into another folder) stop advertising a replay. Returns the ids changed.
 */
export async function forgetMissingReplays(service: LiveStreamingModuleService): Promise<string[]> {
  const dir = resolve(service.options.mediaDir)
  const replays = await service.listLiveStreams({ status: "ended", has_replay: true } as any, { select: ["id"] })
  const missing = replays.filter((s) => !existsSync(join(dir, s.id, "index.m3u8"))).map((s) => s.id)
  if (missing.length) {
    await service.updateLiveStreams(missing.map((id) => ({ id, has_replay: false })))
  }
  return missing
}
