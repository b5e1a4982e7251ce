import { join, resolve } from "node:path"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { readPluginOptions } from "@broadcart/core/options"
import optionsDefinition from "../../../../options"
import { playable } from "../../playback-gate"
import { byteRange } from "../../byte-range"
import { HLS_CORS, hlsPreflight } from "../../cors"
import { mediaCacheFor } from "../../media-cache"

const FILE = /^(index\.m3u8|seg_\d{5,}\.ts)$/
const STREAM = /^lstr_[A-Za-z0-9]+$/

/**
 * HLS playback of a live stream or its replay, with CORS for any player, served from memory
 * (see MediaCache). A live playlist is its last few segments and is never cached downstream;
 * segments never change. A segment is served only while its stream's playlist exists, and nothing
 * of a suspended vendor's streams is served. Segments honour a `Range` header (206).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { id, file } = req.params
  if (!STREAM.test(id) || !FILE.test(file)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Not found")
  }
  if (!(await playable(req.scope, id))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${file} of ${id} not found`)
  }
  const options = readPluginOptions(req.scope, optionsDefinition)
  const cache = mediaCacheFor(options)
  const dir = join(resolve(options.mediaDir), id)
  const playlist = await cache.playlist(join(dir, "index.m3u8"))
  const body = !playlist ? null : file === "index.m3u8" ? playlist.body : await cache.segment(join(dir, file))
  if (!body) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${file} of ${id} not found`)
  }
  const isPlaylist = file === "index.m3u8"
  res.setHeader("Access-Control-Allow-Origin", "*")
  res.setHeader("Access-Control-Expose-Headers", HLS_CORS.exposed)
  res.setHeader("Content-Type", isPlaylist ? "application/vnd.apple.mpegurl" : "video/mp2t")
  res.setHeader("Cache-Control", !isPlaylist ? "public, max-age=31536000, immutable" : playlist!.live ? "no-cache" : "public, max-age=60")
  // A viewer that stops reading is dropped; the bytes it holds are the cache's, not a copy.
  res.setTimeout(30_000, () => res.destroy())
  const range = isPlaylist ? null : byteRange(req.headers.range, body.length)
  if (!isPlaylist) {
    res.setHeader("Accept-Ranges", "bytes")
  }
  if (range === "unsatisfiable") {
    res.setHeader("Content-Range", `bytes */${body.length}`)
    return res.status(416).end()
  }
  const part = range ? body.subarray(range.start, range.end + 1) : body
  if (range) {
    res.status(206).setHeader("Content-Range", `bytes ${range.start}-${range.end}/${body.length}`)
  }
  res.setHeader("Content-Length", part.length)
  res.end(part)
}

/** CORS preflight of HLS playback, for players on the store's origins (STORE_CORS). */
export const OPTIONS = hlsPreflight
