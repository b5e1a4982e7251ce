import type { Socket } from "node:net"

/** The parts of a node-media-server session (RTMP, HTTP-FLV or WebSocket-FLV) the ingest uses. */
export type NmsSession = {
  id: string
  ip: string
  protocol: string
  isPublisher: boolean
  streamApp: string
  streamName: string
  streamPath: string
  streamQuery: Record<string, unknown>
  /** Bytes received from the client so far */
  inBytes?: number
  /** RTMP sessions */
  socket?: Socket
  /** HTTP- and WebSocket-FLV sessions: the HTTP request (of the upgrade, for WebSocket) */
  req?: { socket: Socket }
  /** HTTP-FLV: the Express response; WebSocket-FLV: the WebSocket */
  res?: any
}

/** The TCP connection under a session, whatever its protocol. */
export function connectionOf(session: NmsSession): Socket | undefined {
  return session.socket ?? session.req?.socket
}

/** Bytes written to a session and not yet taken by the client. */
export function unsentBytes(session: NmsSession): number {
  const res = session.res
  const pending = typeof res?.bufferedAmount === "number" ? res.bufferedAmount : (res?.writableLength ?? 0)
  return Math.max(pending, connectionOf(session)?.writableLength ?? 0)
}

/** Cuts a session off at once. */
export function dropSession(session: NmsSession) {
  connectionOf(session)?.destroy()
}

/**
 * Refuses a player with a reason it can read: a 404 for HTTP-FLV, a close code for WebSocket-FLV;
 * RTMP players are cut off.
 */
export function refusePlayer(session: NmsSession, message: string) {
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
