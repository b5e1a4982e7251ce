import { randomUUID } from "node:crypto"
import type { Namespace, Socket } from "socket.io"
import { authenticateSockets, type RealtimeUser } from "@broadcart/core/realtime"
import { MediaEvents } from "@broadcart/core/contracts/media"
import { RoomBatcher } from "./batcher"
import type { LiveState } from "./state"
import type { Presence } from "./presence"
import { ChatSend, Moderate, problem, type ChatMessage } from "./chat-message"
import { isOnAir } from "../on-air"

/** What the live namespace needs from the platform. */
export type LiveDeps = {
  state: LiveState
  presence: Presence
  jwtSecret: string
  /** The stream's vendor and status (cached briefly by the caller). */
  stream(id: string): Promise<{ id: string; vendor_id: string; status: string } | null>
  /** The vendor a vendor member belongs to. */
  vendorOfMember(memberId: string): Promise<string | null>
  displayName(user: NonNullable<RealtimeUser>): Promise<string>
  pinned(streamId: string): Promise<Record<string, unknown> | null>
  history(streamId: string, limit: number): Promise<ChatMessage[]>
  persist(message: ChatMessage): void
  /** Adds to a stream's counters (chat_messages, unique_viewers). */
  count(streamId: string, name: string): void
  sampleViewers(streamId: string, vendorId: string, current: number, peak: number): Promise<void>
  emit(name: string, data: Record<string, unknown>): Promise<void>
  viewerPushMs: number
  /** Logs what clients are not told: the errors of Redis or the history store behind our short answers. */
  warn(message: string): void
}

/** What a client is told when chat state (Redis) or another backend fails: never a driver's text. */
export const CHAT_UNAVAILABLE = "Chat is unavailable, try again shortly"

type Ack = (res: Record<string, unknown>) => void
const room = (streamId: string) => `stream:${streamId}`

/**
 * The `/live` namespace: viewers join a stream's room for chat, viewer counts and pinned products.
 * Signed-in customers chat (validated, rate limited, slow mode); the host's team moderates.
 */
export function registerLiveNamespace(nsp: Namespace, deps: LiveDeps) {
  authenticateSockets(nsp, deps.jwtSecret)
  const chat = new RoomBatcher<ChatMessage>((r, items) => nsp.to(r).emit("chat", items))
  const { state, presence } = deps
  // Messages sent on this node per stream since the last chat volume report.
  let volume = new Map<string, { vendor_id: string; messages: number }>()
  const reportVolume = () => {
    const report = volume
    volume = new Map()
    for (const [id, { vendor_id, messages }] of report) {
      deps.emit(MediaEvents.STREAM_CHAT_VOLUME, { id, vendor_id, messages }).catch(() => undefined)
    }
  }

  const viewerKey = (socket: Socket) => {
    const user = socket.data.user as RealtimeUser
    return user ? `${user.actor_type}:${user.actor_id}` : `guest:${String(socket.handshake.auth?.viewer_id ?? socket.id).slice(0, 64)}`
  }
  const counts = async (streamId: string) => {
    const current = await presence.count(streamId)
    const peak = Math.max(current, Number((await state.get(`peak:${streamId}`)) ?? 0))
    if (current >= peak) {
      await state.put(`peak:${streamId}`, String(current))
    }
    return { stream_id: streamId, current, peak }
  }
  const leave = (socket: Socket, streamId: string) => {
    const joined: Set<string> = socket.data.streams
    if (!joined.delete(streamId)) {
      return
    }
    socket.leave(room(streamId))
    presence.leave(streamId, viewerKey(socket))
  }
  const isModerator = async (socket: Socket, vendorId: string) => {
    const user = socket.data.user as RealtimeUser
    return user?.actor_type === "vendor" && (await deps.vendorOfMember(user.actor_id)) === vendorId
  }

  nsp.on("connection", (socket) => {
    socket.data.streams = new Set<string>()
    const handle = (event: string, fn: (payload: any, ack: Ack) => Promise<void>) =>
      socket.on(event, (payload: any, ack?: Ack) => {
        const reply: Ack = typeof ack === "function" ? ack : () => undefined
        fn(payload ?? {}, reply).catch((e) => {
          deps.warn(`Live ${event} failed: ${(e as Error)?.message ?? e}`)
          reply({ ok: false, error: CHAT_UNAVAILABLE })
        })
      })

    handle("join", async ({ stream_id }, ack) => {
      const stream = typeof stream_id === "string" ? await deps.stream(stream_id) : null
      if (!stream || stream.status === "cancelled") {
        return ack({ ok: false, error: "Stream not found" })
      }
      // A socket that left while the stream was looked up must not be counted in.
      if (socket.disconnected) {
        return
      }
      if (!socket.data.streams.has(stream.id)) {
        socket.data.streams.add(stream.id)
        socket.join(room(stream.id))
        const key = viewerKey(socket)
        presence.join(stream.id, key)
        if (await state.claim(`seen:${stream.id}:${key}`, 7 * 86_400_000).catch(() => false)) {
          deps.count(stream.id, "unique_viewers")
        }
      }
      // Without history (its store or the deletions unreachable) a viewer still enters the chat.
      const history = await deps
        .history(stream.id, 50)
        .then(async (messages) => (await Promise.all(messages.map(async (m) => ((await state.has(`deleted:${stream.id}`, m.id)) ? null : m)))).filter(Boolean))
        .catch((e) => {
          deps.warn(`Live chat history of ${stream.id} unavailable: ${(e as Error)?.message ?? e}`)
          return null
        })
      const viewers = await counts(stream.id).catch(() => null)
      ack({
        ok: true,
        status: stream.status,
        history: history ?? [],
        ...(history ? {} : { history_unavailable: true }),
        viewers,
        pinned: await deps.pinned(stream.id),
      })
    })

    handle("leave", async ({ stream_id }, ack) => {
      leave(socket, String(stream_id))
      ack({ ok: true })
    })

    handle("viewers", async ({ stream_id }, ack) => ack({ ok: true, ...(await counts(String(stream_id))) }))

    handle("chat:send", async (payload, ack) => {
      const parsed = ChatSend.safeParse(payload)
      if (!parsed.success) {
        return ack({ ok: false, error: problem(parsed.error) })
      }
      const { stream_id, text } = parsed.data
      const user = socket.data.user as RealtimeUser
      if (!user || (user.actor_type !== "customer" && user.actor_type !== "vendor")) {
        return ack({ ok: false, error: "Sign in to chat" })
      }
      if (!socket.data.streams.has(stream_id)) {
        return ack({ ok: false, error: "Join the stream first" })
      }
      const stream = await deps.stream(stream_id)
      // Chat stays open while the encoder reconnects.
      if (!isOnAir(stream?.status)) {
        return ack({ ok: false, error: "Chat opens when the stream is live" })
      }
      const moderator = await isModerator(socket, stream.vendor_id)
      if (!moderator) {
        if (await state.has(`banned:${stream_id}`, user.actor_id)) {
          return ack({ ok: false, error: "You are banned from this chat" })
        }
        if (await state.get(`muted:${stream_id}:${user.actor_id}`)) {
          return ack({ ok: false, error: "You are muted in this chat for now" })
        }
        const slow = Number((await state.get(`slow:${stream_id}`)) ?? 0)
        if (!(await state.claim(`rate:${stream_id}:${user.actor_id}`, Math.max(1000, slow * 1000)))) {
          return ack({ ok: false, error: slow ? `Slow mode: one message every ${slow} s` : "Too fast: one message a second" })
        }
      }
      const message: ChatMessage = {
        id: randomUUID(),
        stream_id,
        user_id: user.actor_id,
        name: await deps.displayName(user),
        text,
        ts: new Date().toISOString(),
      }
      deps.persist(message)
      deps.count(stream_id, "chat_messages")
      chat.push(room(stream_id), message)
      const tally = volume.get(stream_id) ?? volume.set(stream_id, { vendor_id: stream.vendor_id, messages: 0 }).get(stream_id)!
      tally.messages += 1
      ack({ ok: true, id: message.id })
    })

    handle("moderate", async (payload, ack) => {
      const parsed = Moderate.safeParse(payload)
      if (!parsed.success) {
        return ack({ ok: false, error: problem(parsed.error) })
      }
      const action = parsed.data
      const stream = await deps.stream(action.stream_id)
      if (!stream || !(await isModerator(socket, stream.vendor_id))) {
        return ack({ ok: false, error: "Only the host's team can moderate this stream" })
      }
      if (action.action === "delete") {
        await state.add(`deleted:${stream.id}`, action.message_id)
        nsp.to(room(stream.id)).emit("chat:deleted", { stream_id: stream.id, message_id: action.message_id })
      } else if (action.action === "ban") {
        await state.add(`banned:${stream.id}`, action.user_id)
      } else if (action.action === "mute") {
        await state.put(`muted:${stream.id}:${action.user_id}`, "1", action.seconds)
      } else {
        await state.put(`slow:${stream.id}`, String(action.seconds))
        nsp.to(room(stream.id)).emit("chat:slow_mode", { stream_id: stream.id, seconds: action.seconds })
      }
      ack({ ok: true })
    })

    socket.on("disconnect", () => {
      for (const streamId of [...socket.data.streams]) {
        leave(socket, streamId)
      }
    })
  })

  // A few times a minute: chat volume and viewer counts for analytics, and viewer counts to this node's viewers.
  const push = setInterval(async () => {
    reportVolume()
    for (const name of nsp.adapter.rooms.keys()) {
      if (!name.startsWith("stream:")) {
        continue
      }
      const streamId = name.slice("stream:".length)
      const viewers = await counts(streamId).catch(() => null)
      if (!viewers) {
        continue
      }
      nsp.local.to(name).emit("viewers", viewers)
      const stream = await deps.stream(streamId).catch(() => null)
      if (stream && (await state.claim(`sample:${streamId}`, deps.viewerPushMs - 100))) {
        await deps.sampleViewers(streamId, stream.vendor_id, viewers.current, viewers.peak).catch(() => undefined)
        await deps.emit(MediaEvents.STREAM_VIEWERS_SAMPLED, { id: streamId, vendor_id: stream.vendor_id, viewers: viewers.current }).catch(() => undefined)
      }
    }
  }, deps.viewerPushMs)
  push.unref?.()

  return {
    /** Tells every viewer of the stream, on every node, that it is live, interrupted or ended. */
    status(streamId: string, status: string) {
      nsp.to(room(streamId)).emit("stream:status", { stream_id: streamId, status })
    },
    /** Sends the pinned product (or null) to every viewer of the stream, on every node. */
    pinned(streamId: string, product: Record<string, unknown> | null) {
      nsp.to(room(streamId)).emit("product:pinned", { stream_id: streamId, product })
    },
    async stop() {
      clearInterval(push)
      chat.stop()
      reportVolume()
      await presence.stop()
    },
  }
}
