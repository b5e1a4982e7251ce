import { createServer, type Server as HttpServer } from "node:http"
import { Server, type Namespace, type Socket } from "socket.io"
import { createAdapter } from "@socket.io/redis-adapter"
import Redis from "ioredis"
import jwt from "jsonwebtoken"

/** Who a socket acts for: the same JWT as the HTTP API, or nobody (a guest, read-only). */
export type RealtimeUser = { actor_id: string; actor_type: string } | null

export type RealtimeOptions = {
  port: number
  host?: string
  /** Shares rooms across nodes through Redis when set. */
  redisUrl?: string
  redisPrefix?: string
  jwtSecret: string
  /**
   * Origins browsers may connect from, as Medusa parses its CORS settings (`parseCorsOrigins`):
   * exact origins and regexes. A request without an Origin header (a server) is let in.
   */
  corsOrigins: (string | RegExp)[]
}

/** Whether a request from `origin` may connect: none (not a browser), or one of `origins`. */
export function originAllowed(origin: string | undefined, origins: (string | RegExp)[]): boolean {
  if (origin === undefined) {
    return true
  }
  return origins.some((allowed) => (typeof allowed === "string" ? allowed === origin : allowed.test(origin)))
}

export type Realtime = { io: Server; port: number; redis: Redis | null; close(): Promise<void> }

/**
 * The platform's socket.io server, on its own port. Sockets authenticate with the HTTP API's JWT
 * (`auth: { token }`); without one they are guests. With Redis, rooms span every node.
 */
export async function startRealtime(opts: RealtimeOptions): Promise<Realtime> {
  const http: HttpServer = createServer((_req, res) => {
    res.writeHead(404).end()
  })
  const io = new Server(http, {
    cors: { origin: opts.corsOrigins, credentials: true },
    // CORS binds browsers' polling only; a WebSocket upgrade has no preflight, so every
    // handshake's Origin is checked here as well.
    allowRequest: (req, callback) => {
      const allowed = originAllowed(req.headers.origin, opts.corsOrigins)
      callback(allowed ? null : `Origin ${req.headers.origin} is not allowed`, allowed)
    },
    maxHttpBufferSize: 64 * 1024,
    pingInterval: 20_000,
    pingTimeout: 20_000,
  })
  let redis: Redis | null = null
  let sub: Redis | null = null
  if (opts.redisUrl) {
    redis = new Redis(opts.redisUrl, { maxRetriesPerRequest: 2 })
    sub = redis.duplicate()
    // Pub/sub ignores the db index, so the prefix keeps platforms on one Redis apart.
    io.adapter(createAdapter(redis, sub, { key: `${opts.redisPrefix ?? "broadcart:"}socket.io` }))
  }
  await new Promise<void>((resolve, reject) => {
    http.once("error", (e: NodeJS.ErrnoException) =>
      reject(new Error(e.code === "EADDRINUSE" ? `Realtime port ${opts.port} is already in use; set REALTIME_PORT` : e.message))
    )
    http.listen(opts.port, opts.host ?? "0.0.0.0", () => resolve())
  })
  return {
    io,
    port: (http.address() as any).port,
    redis,
    close: async () => {
      // This node's sockets only: through the adapter it would also close other nodes' sockets, and fail with Redis gone.
      io.local.disconnectSockets(true)
      await new Promise<void>((resolve) => io.close(() => resolve()))
      // quit waits for replies still due; commands sent after it fail, and are caught by their callers.
      await Promise.all([redis?.quit().catch(() => undefined), sub?.quit().catch(() => undefined)])
    },
  }
}

/** Namespace middleware: reads the socket's JWT into `socket.data.user`; a bad token is refused. */
export function authenticateSockets(nsp: Namespace, jwtSecret: string) {
  nsp.use((socket: Socket, next) => {
    const token = socket.handshake.auth?.token
    if (!token) {
      socket.data.user = null
      return next()
    }
    try {
      const payload = jwt.verify(String(token), jwtSecret) as { actor_id?: string; actor_type?: string }
      if (!payload.actor_id || !payload.actor_type) {
        return next(new Error("Token has no actor: finish registration first"))
      }
      socket.data.user = { actor_id: payload.actor_id, actor_type: payload.actor_type } satisfies RealtimeUser
      next()
    } catch {
      next(new Error("Invalid or expired token"))
    }
  })
}
