import { io as connect, type ManagerOptions, type SocketOptions } from "socket.io-client"

/** A socket.io client of the `/live` namespace, with the bearer token of an API session (or a guest). */
export async function liveClient(port: number, headers?: { headers?: Record<string, string> }, viewerId?: string) {
  const token = headers?.headers?.authorization?.replace(/^Bearer /, "")
  const socket = connect(`http://127.0.0.1:${port}/live`, {
    transports: ["websocket"],
    auth: { ...(token ? { token } : {}), ...(viewerId ? { viewer_id: viewerId } : {}) },
    reconnection: false,
  })
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve())
    socket.once("connect_error", reject)
  })
  const received: Record<string, any[]> = {}
  socket.onAny((event, payload) => (received[event] ??= []).push(payload))
  return {
    socket,
    received,
    /** Emits with an ack and resolves with the server's answer. */
    call: (event: string, payload: unknown) => socket.timeout(5000).emitWithAck(event, payload) as Promise<any>,
    /** Chat messages received so far, in order. */
    chat: () => (received.chat ?? []).flat(),
  }
}

export type LiveClient = Awaited<ReturnType<typeof liveClient>>

/** Whether a `/live` socket opened with these client options connects: "connected", or the error it got. */
export function connectOutcome(port: number, opts: Partial<ManagerOptions & SocketOptions>): Promise<string> {
  const socket = connect(`http://127.0.0.1:${port}/live`, { reconnection: false, timeout: 5000, ...opts })
  return new Promise((resolve) => {
    socket.once("connect", () => resolve("connected"))
    socket.once("connect_error", (e) => resolve(`refused: ${e.message}`))
  }).finally(() => socket.disconnect()) as Promise<string>
}
