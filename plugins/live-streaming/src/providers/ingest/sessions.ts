import type { Socket } from "node:net"
import type { IngestSession } from "./types"

/** The TCP connection under a session, whatever its protocol. */
export function connectionOf(session: IngestSession): Socket | undefined {
  return session.socket ?? session.req?.socket
}

/** Bytes written to a session and not yet taken by the client. */
export function unsentBytes(session: IngestSession): number {
  const res = session.res
  const pending = typeof res?.bufferedAmount === "number" ? res.bufferedAmount : (res?.writableLength ?? 0)
  return Math.max(pending, connectionOf(session)?.writableLength ?? 0)
}

/** Cuts a session off at once. */
export function dropSession(session: IngestSession) {
  connectionOf(session)?.destroy()
}

/**
 * Refuses a player with a reason it can read: a 404 for HTTP-FLV, a close code for WebSocket-FLV;
 * RTMP players are cut off.
 */
export function refusePlayer(session: IngestSession, message: string) {
  const res = session.res
  if (res && typeof res.bufferedAmount === "number") {
    return res.close(4404, message.slice(0, 120))
  }
  if (res && !res.headersSent) {
    res.writeHead(404, { "Content-Type": "application/json", "Access-Control-Allow-Origin": "*", Connection: "close" })
    return res.end(JSON.stringify({ type: "not_found", message }))
  }
  dropSession(session)
}
