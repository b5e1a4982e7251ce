import { existsSync, readFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { markPlaylist } from "../../../providers/ingest"
import type { LiveStreams } from "../types"

/**
 * Ended streams whose replay playlist is not in this ingest's media folder (deleted, or recorded
 * into another folder) stop advertising a replay. Returns the ids changed.
 */
export async function forgetMissingReplays(service: LiveStreams): Promise<string[]> {
  const dir = resolve(service.options.mediaDir)
  const replays = await service.listLiveStreams({ status: "ended", has_replay: true } as any, { select: ["id"] })
  const missing = replays.filter((s) => !existsSync(join(dir, s.id, "index.m3u8"))).map((s) => s.id)
  if (missing.length) {
    await service.updateLiveStreams(missing.map((id) => ({ id, has_replay: false })))
  }
  return missing
}

/**
 * Replays whose playlist has no #EXT-X-ENDLIST (their recorder died before this was noticed) are
 * served as live, never cached, and players wait on them forever: the end is written. Returns the ids.
 */
export async function finishReplays(service: LiveStreams): Promise<string[]> {
  const dir = resolve(service.options.mediaDir)
  const replays = await service.listLiveStreams({ status: "ended", has_replay: true } as any, { select: ["id"] })
  const open = replays
    .map((s) => ({ id: s.id, playlist: join(dir, s.id, "index.m3u8") }))
    .filter(({ playlist }) => existsSync(playlist) && !readFileSync(playlist, "utf8").includes("#EXT-X-ENDLIST"))
  open.forEach(({ playlist }) => markPlaylist(playlist, true))
  return open.map((s) => s.id)
}
