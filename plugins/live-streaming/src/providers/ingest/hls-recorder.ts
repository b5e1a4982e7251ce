import { spawn, type ChildProcess } from "node:child_process"
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs"
import { join } from "node:path"

/**
 * Remuxes a live RTMP stream into HLS with ffmpeg (copy, no transcoding). The playlist is an EVENT
 * playlist that keeps every segment, so when the stream ends it is complete (#EXT-X-ENDLIST) and
 * serves as the replay. A recorder started again for the same stream (the encoder reconnected, or
 * ffmpeg died) appends to that playlist after an #EXT-X-DISCONTINUITY, numbering on: a segment
 * name is never written twice, since viewers cache segments for good.
 */
export class HlsRecorder {
  private process: ChildProcess | null = null
  readonly dir: string

  constructor(
    private readonly opts: { ffmpegPath: string; mediaDir: string; segmentSeconds: number; onExit?: (code: number | null) => void },
    readonly streamId: string
  ) {
    this.dir = join(opts.mediaDir, streamId)
  }

  get playlist() {
    return join(this.dir, "index.m3u8")
  }

  start(source: string) {
    mkdirSync(this.dir, { recursive: true })
    const append = existsSync(this.playlist) ? "+append_list" : ""
    const args = [
      "-hide_banner",
      "-loglevel",
      "error",
      "-nostdin",
      "-i",
      source,
      "-c",
      "copy",
      "-f",
      "hls",
      "-hls_time",
      String(this.opts.segmentSeconds),
      "-hls_list_size",
      "0",
      "-hls_playlist_type",
      "event",
      // ffmpeg never ends the playlist itself: only `end()` makes it a replay, so a dropped encoder never
      // looks like a finished show, not even between ffmpeg exiting and the stream being interrupted.
      "-hls_flags",
      `independent_segments+temp_file+omit_endlist${append}`,
      "-hls_segment_filename",
      join(this.dir, "seg_%05d.ts"),
      this.playlist,
    ]
    this.process = spawn(this.opts.ffmpegPath, args, { stdio: ["ignore", "ignore", "pipe"] })
    this.process.stderr?.setEncoding("utf8")
    this.process.on("exit", (code) => {
      this.process = null
      this.opts.onExit?.(code)
    })
  }

  /** Waits for ffmpeg to finish the playlist after its input ended; kills it after `timeoutMs`. */
  async finish(timeoutMs = 5000) {
    const proc = this.process
    if (!proc) {
      return
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        proc.kill("SIGKILL")
        resolve()
      }, timeoutMs)
      proc.once("exit", () => {
        clearTimeout(timer)
        resolve()
      })
    })
  }
}

/**
 * Makes an HLS playlist a replay (`ended`: it ends with #EXT-X-ENDLIST, also after ffmpeg was killed)
 * or keeps it live while the stream waits for its encoder (no #EXT-X-ENDLIST, so players wait).
 */
export function markPlaylist(playlist: string, ended: boolean) {
  if (!existsSync(playlist)) {
    return
  }
  const text = readFileSync(playlist, "utf8")
  const has = text.includes("#EXT-X-ENDLIST")
  if (has === ended) {
    return
  }
  const body = ended ? `${text.replace(/\n?$/, "\n")}#EXT-X-ENDLIST\n` : text.replace(/^#EXT-X-ENDLIST\s*$/m, "").replace(/\n+$/, "\n")
  const tmp = `${playlist}.mark`
  writeFileSync(tmp, body)
  renameSync(tmp, playlist)
}
