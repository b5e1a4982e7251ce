import { z } from "@medusajs/framework/zod"

/** What a viewer may send: plain text, 1–300 characters, no HTML. */
export const ChatSend = z
  .object({
    stream_id: z.string().regex(/^lstr_[A-Za-z0-9]+$/, "unknown stream"),
    text: z
      .string()
      .transform((t) => t.trim())
      .pipe(z.string().min(1, "message is empty").max(300, "message is longer than 300 characters"))
      .refine((t) => !/<[a-z!/?][^>]*>/i.test(t), "HTML is not allowed in chat"),
  })
  .strict()

/** A moderation action by the host's team. */
export const Moderate = z.discriminatedUnion("action", [
  z.object({ action: z.literal("delete"), stream_id: z.string(), message_id: z.string().min(1) }).strict(),
  z.object({ action: z.literal("ban"), stream_id: z.string(), user_id: z.string().min(1) }).strict(),
  z.object({ action: z.literal("mute"), stream_id: z.string(), user_id: z.string().min(1), seconds: z.number().int().min(1).max(86_400) }).strict(),
  z.object({ action: z.literal("slow_mode"), stream_id: z.string(), seconds: z.number().int().min(0).max(3600) }).strict(),
])

export type ChatMessage = { id: string; stream_id: string; user_id: string; name: string; text: string; ts: string }

/** The first problem of a failed parse, as one line. */
export function problem(error: z.ZodError) {
  const issue = error.issues[0]
  return `${issue.path.join(".") || "message"}: ${issue.message}`
}
