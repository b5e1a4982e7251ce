import { createReadStream, existsSync } from "node:fs"
import { join, resolve } from "node:path"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { LIVE_STREAMING_MODULE } from "../../../../modules/live-streaming"
import type LiveStreamingModuleService from "../../../../modules/live-streaming/service"

const FILE = /^(index\.m3u8|seg_\d{5}\.ts)$/
const STREAM = /^lstr_[A-Za-z0-9]+$/

/**
 * HLS playback of a live stream or its replay, with CORS for any player. The playlist is never
 * cached; segments never change. Files are streamed, so a slow reader holds back only its socket.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { id, file } = req.params
  if (!STREAM.test(id) || !FILE.test(file)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Not found")
  }
  const service: LiveStreamingModuleService = req.scope.resolve(LIVE_STREAMING_MODULE)
  const path = join(resolve(service.options.mediaDir), id, file)
  if (!existsSync(path)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${file} of ${id} not found`)
  }
  const playlist = file.endsWith(".m3u8")
  res.setHeader("Access-Control-Allow-Origin", "*")
  res.setHeader("Content-Type", playlist ? "application/vnd.apple.mpegurl" : "video/mp2t")
  res.setHeader("Cache-Control", playlist ? "no-cache" : "public, max-age=31536000, immutable")
  const stream = createReadStream(path)
  stream.on("error", () => res.destroy())
  // A viewer that stops reading is dropped rather than buffered without bound.
  res.setTimeout(30_000, () => res.destroy())
  stream.pipe(res)
}
