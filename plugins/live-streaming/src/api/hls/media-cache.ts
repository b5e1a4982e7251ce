import { readFile, stat } from "node:fs/promises"
import { dirname, sep } from "node:path"
import type { LiveStreamingOptions } from "../../modules/live-streaming/types"
import { livePlaylistWindow } from "./playlist-window"

type Playlist = { full: Buffer; window: Buffer; live: boolean; mtimeMs: number; checkedAt: number }

/**
 * HLS files in memory, so thousands of viewers of one stream cost no disk reads: segments never
 * change and are kept least-recently-used up to `maxBytes`; a playlist is checked for changes at
 * most every `playlistCheckMs`. A live playlist is also kept as its last few segments.
 */
export class MediaCache {
  private segments = new Map<string, Buffer>()
  private segmentBytes = 0
  private playlists = new Map<string, Playlist>()
  private loading = new Map<string, Promise<unknown>>()

  constructor(private readonly opts: { maxBytes: number; playlistCheckMs: number; liveWindow: number }) {}

  /** A segment's bytes, or null when there is no such file. */
  async segment(path: string): Promise<Buffer | null> {
    const hit = this.segments.get(path)
    if (hit) {
      this.segments.delete(path)
      this.segments.set(path, hit)
      return hit
    }
    return this.once(path, async () => {
      const data = await readFile(path).catch(() => null)
      if (data && data.length <= this.opts.maxBytes / 4) {
        this.segments.set(path, data)
        this.segmentBytes += data.length
        this.evict()
      }
      return data
    })
  }

  /** A playlist, or null when there is none (a live one as its last `liveWindow` segments). */
  async playlist(path: string): Promise<{ body: Buffer; live: boolean } | null> {
    const cached = this.playlists.get(path)
    const current =
      cached && Date.now() - cached.checkedAt < this.opts.playlistCheckMs ? cached : await this.once(`playlist:${path}`, () => this.loadPlaylist(path, cached))
    return current ? { body: current.live ? current.window : current.full, live: current.live } : null
  }

  /** Forgets the files in folder `dir`, e.g. a deleted replay's. */
  forget(dir: string) {
    const inDir = (key: string) => key.startsWith(dir + sep)
    for (const key of [...this.segments.keys()].filter(inDir)) {
      this.segmentBytes -= this.segments.get(key)!.length
      this.segments.delete(key)
    }
    for (const key of [...this.playlists.keys()].filter(inDir)) {
      this.playlists.delete(key)
    }
  }

  private async loadPlaylist(path: string, cached: Playlist | undefined): Promise<Playlist | null> {
    const info = await stat(path).catch(() => null)
    if (!info) {
      this.forget(dirname(path))
      return null
    }
    if (cached && cached.mtimeMs === info.mtimeMs) {
      cached.checkedAt = Date.now()
      return cached
    }
    const full = await readFile(path).catch(() => null)
    if (!full) {
      return null
    }
    const text = full.toString("utf8")
    const live = !text.includes("#EXT-X-ENDLIST")
    const playlist = {
      full,
      live,
      window: live ? Buffer.from(livePlaylistWindow(text, this.opts.liveWindow)) : full,
      mtimeMs: info.mtimeMs,
      checkedAt: Date.now(),
    }
    this.playlists.set(path, playlist)
    return playlist
  }

  /** Concurrent requests for the same file share one read. */
  private once<T>(key: string, load: () => Promise<T>): Promise<T> {
    const pending = this.loading.get(key)
    if (pending) {
      return pending as Promise<T>
    }
    const promise = load().finally(() => this.loading.delete(key))
    this.loading.set(key, promise)
    return promise
  }

  private evict() {
    for (const [key, data] of this.segments) {
      if (this.segmentBytes <= this.opts.maxBytes) {
        break
      }
      this.segments.delete(key)
      this.segmentBytes -= data.length
    }
  }
}

const caches = new WeakMap<LiveStreamingOptions, MediaCache>()

/** The HLS cache of an app, sized by its options (one options object per app, from readPluginOptions). */
export function mediaCacheFor(options: LiveStreamingOptions): MediaCache {
  let cache = caches.get(options)
  if (!cache) {
    cache = new MediaCache({
      maxBytes: options.hlsCacheMb * 1024 * 1024,
      playlistCheckMs: options.segmentSeconds * 250,
      liveWindow: options.liveWindowSegments,
    })
    caches.set(options, cache)
  }
  return cache
}
