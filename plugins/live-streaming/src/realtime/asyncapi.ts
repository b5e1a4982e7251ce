import { z } from "@medusajs/framework/zod"
import { defineRealtimeNamespace } from "@broadcart/core/api-docs"
import { ChatSend, Moderate } from "../modules/live-streaming/realtime/chat-message"

const streamId = z.string().describe("A live stream id (lstr_…)")
const onStream = z.object({ stream_id: streamId })
const failed = z.object({ ok: z.literal(false), error: z.string().describe("Why, in words a viewer may be shown") })
const answer = (ok: z.ZodRawShape = {}) => z.union([z.object({ ok: z.literal(true), ...ok }), failed])

const chatMessage = z.object({
  id: z.string(),
  stream_id: streamId,
  user_id: z.string().describe("The sender's customer or vendor member id"),
  name: z.string().describe("Display name: the vendor's name for its team, first name and initial for a customer"),
  text: z.string(),
  ts: z.iso.datetime(),
})
const viewers = z.object({ stream_id: streamId, current: z.number().int(), peak: z.number().int() })
const pinnedProduct = z.object({ id: z.string(), title: z.string(), handle: z.string(), thumbnail: z.string().nullable() }).nullable()
const status = z.enum(["scheduled", "live", "interrupted", "ended", "cancelled"])

/** The `/live` namespace, as `live-namespace.ts` serves it. */
export default defineRealtimeNamespace({
  namespace: "/live",
  description:
    "Live chat, viewer counts and pinned products of a stream. Join a stream's room first; the server then sends that room's events. Guests may watch; signed-in customers and the host's team chat; the host's team moderates.",
  handshake: z.object({
    token: z.string().optional().describe("The HTTP API's JWT; without it the socket is a guest"),
    viewer_id: z.string().max(64).optional().describe("A guest's stable id, so its sockets count as one viewer"),
  }),
  clientEvents: {
    join: {
      summary: "Joins a stream's room: answered with the last 50 chat messages, the viewer counts and the pinned product",
      payload: onStream,
      ack: answer({
        status,
        history: z.array(chatMessage),
        history_unavailable: z.literal(true).optional().describe("Set when the chat history could not be read"),
        viewers: viewers.nullable(),
        pinned: pinnedProduct,
      }),
    },
    leave: { summary: "Leaves a stream's room", payload: onStream, ack: z.object({ ok: z.literal(true) }) },
    viewers: { summary: "Asks for a stream's current and peak viewer counts", payload: onStream, ack: answer(viewers.shape) },
    "chat:send": {
      summary: "Sends a chat message (signed-in customers and the host's team; one a second, or the host's slow mode)",
      payload: ChatSend,
      ack: answer({ id: z.string().describe("The message's id") }),
    },
    moderate: {
      summary: "Deletes a message, bans or mutes a user, or sets slow mode (the vendor's members only)",
      payload: Moderate,
      ack: answer(),
    },
  },
  serverEvents: {
    chat: { summary: "New chat messages of a joined stream, batched every 100 ms", payload: z.array(chatMessage) },
    "chat:deleted": { summary: "A message was deleted by the host's team", payload: z.object({ stream_id: streamId, message_id: z.string() }) },
    "chat:slow_mode": { summary: "The host set slow mode (0: off)", payload: z.object({ stream_id: streamId, seconds: z.number().int() }) },
    viewers: { summary: "Viewer counts of a joined stream, every few seconds", payload: viewers },
    "stream:status": { summary: "The stream went live, was interrupted or ended", payload: z.object({ stream_id: streamId, status }) },
    "product:pinned": { summary: "The host pinned a product (null: unpinned)", payload: z.object({ stream_id: streamId, product: pinnedProduct }) },
  },
})
