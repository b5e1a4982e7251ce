import Redis from "ioredis"

/** Channel on which API servers ask the ingest process to end a stream. */
export const controlChannel = (prefix: string) => `${prefix}live:control`

/** Listens for control messages meant for the ingest in this process. */
export function listenForControl(redisUrl: string, prefix: string, onEnd: (streamId: string) => Promise<void>) {
  const sub = new Redis(redisUrl, { maxRetriesPerRequest: null })
  void sub.subscribe(controlChannel(prefix))
  sub.on("message", (_channel, raw) => {
    try {
      const message = JSON.parse(raw)
      if (message.action === "end" && typeof message.stream_id === "string") {
        void onEnd(message.stream_id).catch(() => undefined)
      }
    } catch {
      // Not ours: ignore.
    }
  })
  return () => sub.disconnect()
}

/** Asks whichever process runs the ingest to end a stream. */
export async function publishEnd(redisUrl: string, prefix: string, streamId: string) {
  const pub = new Redis(redisUrl, { maxRetriesPerRequest: 2 })
  try {
    return await pub.publish(controlChannel(prefix), JSON.stringify({ action: "end", stream_id: streamId }))
  } finally {
    pub.disconnect()
  }
}
