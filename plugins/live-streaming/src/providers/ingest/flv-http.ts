import type { IncomingMessage, Server, ServerResponse } from "node:http"
import type { Duplex } from "node:stream"

/** A live stream's id, as the model makes it (`model.id({ prefix: "lstr" })`): the only stream name served. */
const STREAM_ID = /^lstr_[0-9A-Z]{26}$/
/** Plays (GET, HEAD), CORS preflights, and HTTP-FLV publishes (POST, key-checked like RTMP ones). */
const METHODS = ["GET", "HEAD", "OPTIONS", "POST"]

export type FlvRefusal = { status: number; type: string; message: string }

/**
 * Screens a request to the HTTP-FLV server before node-media-server sees it: only
 * `/live/<stream id>.flv` reaches it. Anything else would get node-media-server's empty 200
 * (names it cannot use), Express's HTML error pages (bad percent-encoding) or its 404 page.
 * Returns null for a request node-media-server may handle, else the error to answer.
 */
export function screenFlvRequest(method: string | undefined, url: string | undefined): FlvRefusal | null {
  const target = url ?? ""
  const query = target.indexOf("?")
  const rawPath = query === -1 ? target : target.slice(0, query)
  let path: string
  try {
    path = decodeURIComponent(rawPath)
  } catch {
    return { status: 400, type: "invalid_data", message: "The stream path is not validly percent-encoded" }
  }
  const name = /^\/live\/([^/]+)\.flv$/.exec(path)?.[1]
  if (!name || !STREAM_ID.test(name)) {
    return { status: 404, type: "not_found", message: "Live stream not found" }
  }
  if (!METHODS.includes(method ?? "")) {
    return { status: 405, type: "not_allowed", message: `${method} is not allowed here` }
  }
  return null
}

function refusalHeaders(refusal: FlvRefusal, body: string) {
  return {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": String(Buffer.byteLength(body)),
    "Access-Control-Allow-Origin": "*",
    ...(refusal.status === 405 ? { Allow: METHODS.join(", ") } : {}),
  }
}

function refuse(req: IncomingMessage, res: ServerResponse, refusal: FlvRefusal) {
  const body = JSON.stringify({ type: refusal.type, message: refusal.message })
  res.writeHead(refusal.status, refusalHeaders(refusal, body))
  res.end(req.method === "HEAD" ? undefined : body)
}

/** A WebSocket-FLV handshake to a path we do not serve is answered over plain HTTP and closed. */
function refuseUpgrade(socket: Duplex, refusal: FlvRefusal) {
  const body = JSON.stringify({ type: refusal.type, message: refusal.message })
  const reason = { 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed" }[refusal.status] ?? "Error"
  const headers = Object.entries({ ...refusalHeaders(refusal, body), Connection: "close" }).map(([k, v]) => `${k}: ${v}\r\n`)
  socket.on("error", () => socket.destroy())
  socket.end(`HTTP/1.1 ${refusal.status} ${reason}\r\n${headers.join("")}\r\n${body}`)
}

/**
 * Puts `wrap(listener)` in place of each of the server's `event` listeners. The wrapper carries the
 * original as `.listener` (as `once` wrappers do), so `removeListener(original)` still removes it
 * (ws does so on close) and wrapping twice does not screen twice.
 */
function wrapListeners<A extends unknown[]>(server: Server, event: string, wrap: (listener: (...args: A) => void) => (...args: A) => void) {
  for (const original of server.listeners(event) as ((...args: A) => void)[]) {
    const wrapped = Object.assign(wrap(original), { listener: original })
    server.removeListener(event, original)
    server.on(event, wrapped)
  }
}

/**
 * Guards and tidies node-media-server's HTTP-FLV server: requests for anything but a live stream's
 * `/live/<id>.flv` are answered here in our JSON error shape (400/404/405), plain or WebSocket;
 * plays are sent as `video/x-flv` (it sets no content type), and without Express's `X-Powered-By`.
 * Refusals of plays (prePlay's 404s) set their own type.
 */
export function tidyFlvResponses(httpServer: Server | undefined) {
  if (!httpServer) {
    return
  }
  const app = httpServer.listeners("request")[0] as { disable?: (setting: string) => void } | undefined
  app?.disable?.("x-powered-by")
  wrapListeners<[IncomingMessage, ServerResponse]>(httpServer, "request", (handle) => (req, res) => {
    const refusal = screenFlvRequest(req.method, req.url)
    if (refusal) {
      return refuse(req, res, refusal)
    }
    if (req.method === "GET" || req.method === "HEAD") {
      res.setHeader("Content-Type", "video/x-flv")
    }
    handle(req, res)
  })
  wrapListeners<[IncomingMessage, Duplex, Buffer]>(httpServer, "upgrade", (handle) => (req, socket, head) => {
    const refusal = screenFlvRequest(req.method, req.url)
    if (refusal) {
      return refuseUpgrade(socket, refusal)
    }
    handle(req, socket, head)
  })
}
