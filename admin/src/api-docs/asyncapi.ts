import { jsonSchemaOf, type RealtimeNamespaceDocument } from "@broadcart/core/api-docs"

/** AsyncAPI ids allow letters, digits, `.`, `-` and `_`: `chat:send` → `chat_send`. */
const idOf = (name: string) => name.replace(/[^A-Za-z0-9._-]/g, "_")

export type AsyncApiInfo = { title: string; version: string; description: string }

/**
 * The AsyncAPI 3 document of the platform's socket.io server: one channel per namespace, a
 * `receive` operation (replying with the acknowledgement) per client event and a `send`
 * operation per server event. Operations are seen from the server, as AsyncAPI describes an application.
 */
export function buildAsyncApi(namespaces: RealtimeNamespaceDocument[], info: AsyncApiInfo) {
  const channels: Record<string, unknown> = {}
  const operations: Record<string, unknown> = {}
  const messages: Record<string, unknown> = {}
  for (const ns of [...namespaces].sort((a, b) => a.namespace.localeCompare(b.namespace))) {
    const channel = idOf(ns.namespace.replace(/^\//, "")) || "root"
    const channelRef = { $ref: `#/channels/${channel}` }
    const channelMessages: Record<string, unknown> = {}
    const message = (event: string, suffix: string, summary: string, payload: unknown) => {
      const id = `${channel}.${idOf(event)}${suffix}`
      messages[id] = { name: event, title: `${event}${suffix ? " (acknowledgement)" : ""}`, summary, payload }
      channelMessages[`${idOf(event)}${suffix}`] = { $ref: `#/components/messages/${id}` }
      return { $ref: `#/channels/${channel}/messages/${idOf(event)}${suffix}` }
    }
    for (const [event, e] of Object.entries(ns.clientEvents)) {
      operations[`${channel}.${idOf(event)}`] = {
        action: "receive",
        channel: channelRef,
        summary: e.summary,
        messages: [message(event, "", e.summary, jsonSchemaOf(e.payload))],
        reply: { channel: channelRef, messages: [message(event, ".ack", `Acknowledgement of ${event}`, jsonSchemaOf(e.ack, "output"))] },
      }
    }
    for (const [event, e] of Object.entries(ns.serverEvents)) {
      operations[`${channel}.${idOf(event)}.sent`] = {
        action: "send",
        channel: channelRef,
        summary: e.summary,
        messages: [message(event, ".sent", e.summary, jsonSchemaOf(e.payload, "output"))],
      }
    }
    channels[channel] = {
      address: ns.namespace,
      title: `Namespace ${ns.namespace}`,
      description: ns.description,
      messages: channelMessages,
      ...(ns.handshake ? { "x-handshake-auth": jsonSchemaOf(ns.handshake) } : {}),
    }
  }
  return {
    asyncapi: "3.0.0",
    info,
    defaultContentType: "application/json",
    servers: {
      realtime: {
        host: "{host}",
        protocol: "ws",
        pathname: "/socket.io/",
        description: "The platform's socket.io 4 server (Engine.IO 4, WebSocket or HTTP long-polling), on its own port.",
        variables: { host: { default: "localhost:9001", description: "The API's host name with REALTIME_PORT" } },
        security: [{ $ref: "#/components/securitySchemes/token" }],
      },
    },
    channels,
    operations,
    components: {
      messages,
      securitySchemes: {
        token: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "JWT",
          description:
            "The HTTP API's JWT (customer, vendor or admin user), sent in the handshake as `auth: { token }`, not as a header. Optional: a socket without one is a guest and may only watch; a bad or expired token is refused.",
        },
      },
    },
  }
}
