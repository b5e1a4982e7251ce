import { requirePinnedVersion } from "@broadcart/core/compat"
import type { IngestSession, RtmpEvent, RtmpLogger, RtmpServer, RtmpServerOptions } from "./types"

// The one file that reaches into node-media-server's internals (its shared context and logger):
// they are checked against the version this adapter was written for before they are loaded.
requirePinnedVersion("node-media-server", "4.4.3", __filename)
/* eslint-disable @typescript-eslint/no-require-imports */
const NodeMediaServer = require("node-media-server")
const Context = require("node-media-server/src/core/context.js")
const nmsLogger = require("node-media-server/src/core/logger.js")
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * Sends node-media-server's log lines (a module singleton printing with console.log) to the app's
 * logger: warnings and errors as such, its per-session chatter (info and below) at debug.
 */
function routeLogs(logger: RtmpLogger) {
  nmsLogger.log = (message: string, level = "info") => {
    const line = `node-media-server: ${message}`
    if (level === "error") {
      return logger.error(line)
    }
    if (level === "warn") {
      return logger.warn(line)
    }
    logger.debug(line)
  }
}

/** RTMP (and HTTP-FLV) on node-media-server 4.4.3. Its state is a module singleton: one server per process. */
export function nodeMediaServer(options: RtmpServerOptions, logger: RtmpLogger): RtmpServer {
  routeLogs(logger)
  nmsLogger.level = "error"
  const nms = new NodeMediaServer({
    bind: options.host,
    rtmp: { port: options.rtmpPort, chunk_size: 60000, gop_cache: true, ping: 30, ping_timeout: 60 },
    ...(options.flvPort ? { http: { port: options.flvPort } } : {}),
    webadmin: { enable: false },
    store: { path: options.dataDir },
  })
  // Its constructor turns its own logging up again.
  nmsLogger.level = "error"
  const broadcast = (streamPath: string) => Context.broadcasts.get(streamPath)
  return {
    run: () => nms.run(),
    on: (event: RtmpEvent, listener: (s: IngestSession) => void) => nms.on(event, listener),
    // Listeners live on its process-wide emitter, which outlives an instance.
    off: (event: RtmpEvent, listener: (s: IngestSession) => void) => Context.eventEmitter.off(event, listener),
    get flvHttpServer() {
      return nms.httpServer?.httpServer
    },
    isPublisher: (session) => broadcast(session.streamPath)?.publisher === session,
    clearGopCache(streamPath) {
      broadcast(streamPath)?.flvGopCache?.clear()
      broadcast(streamPath)?.rtmpGopCache?.clear()
    },
    players: (streamPath) => [...(broadcast(streamPath)?.subscribers?.values() ?? [])],
    sessions: () => [...(Context.sessions as Map<string, IngestSession>).values()],
    stop() {
      nms.rtmpServer?.stop?.()
      nms.httpServer?.stop?.()
      nms.httpServer?.httpServer?.closeAllConnections?.()
    },
  }
}
