import type { z } from "@medusajs/framework/zod"

/** An event a client emits, with the acknowledgement the server answers through its callback. */
export type RealtimeClientEvent = { summary: string; payload: z.ZodType; ack: z.ZodType }

/** An event the server emits to a namespace's clients (to a room, or to one socket). */
export type RealtimeServerEvent = { summary: string; payload: z.ZodType }

/** A socket.io namespace of the platform's real-time server, as its plugin describes it. */
export type RealtimeNamespaceDocument = {
  /** The namespace clients connect to, such as `/live`. */
  namespace: string
  description: string
  /** Fields of the handshake's `auth` object beyond `token` (the platform's JWT). */
  handshake?: z.ZodType
  clientEvents: Record<string, RealtimeClientEvent>
  serverEvents: Record<string, RealtimeServerEvent>
}

/**
 * Describes a plugin's socket.io namespace for the platform's AsyncAPI document
 * (`/asyncapi.json`). Default-export it from the plugin's `src/realtime/asyncapi.ts`.
 */
export function defineRealtimeNamespace(document: RealtimeNamespaceDocument): RealtimeNamespaceDocument {
  return document
}
