import type { Server } from "node:http"
import type { Socket } from "node:net"

/** A publisher or player of the RTMP server (RTMP, HTTP-FLV or WebSocket-FLV), as the ingest sees it. */
export type IngestSession = {
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
  /** Ends the session the server's way (players read the end of their stream). */
  close?(): void
}

/** Session events the ingest listens to: a publish before and after it is accepted, a play before it starts. */
export type RtmpEvent = "prePublish" | "postPublish" | "prePlay"

export type RtmpServerOptions = {
  host: string
  rtmpPort: number
  /** Port of HTTP-FLV and WebSocket-FLV playback; null turns it off. */
  flvPort: number | null
  /** A folder the server may keep its own files in. */
  dataDir: string
}

/** Where the server's own log lines go: its chatter at debug, its warnings and errors as such. */
export type RtmpLogger = { debug(message: string): void; warn(message: string): void; error(message: string): void }

/** The RTMP server under the ingest (node-media-server, see ./node-media-server.ts). */
export interface RtmpServer {
  /** Starts listening for publishers and players. */
  run(): Promise<void>
  /** Listens to a session event; listeners must not throw. */
  on(event: RtmpEvent, listener: (session: IngestSession) => void): void
  /** Stops listening; the server keeps its listeners beyond one instance otherwise. */
  off(event: RtmpEvent, listener: (session: IngestSession) => void): void
  /** The HTTP server of HTTP-FLV playback, when on. */
  readonly flvHttpServer: Server | undefined
  /** Whether `session` holds its stream as the publisher (not refused as a second one). */
  isPublisher(session: IngestSession): boolean
  /** Forgets the media an earlier publish of the stream left for new players. */
  clearGopCache(streamPath: string): void
  /** Everyone playing a stream, our own recorder included. */
  players(streamPath: string): IngestSession[]
  /** Every session connected. */
  sessions(): IngestSession[]
  /** Stops listening and lets go of its connections. */
  stop(): void
}

/** Makes the RTMP server. */
export type RtmpServerFactory = (options: RtmpServerOptions, logger: RtmpLogger) => RtmpServer
