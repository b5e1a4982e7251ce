import { z } from "@medusajs/framework/zod"

const storefrontEvent = z
  .object({
    type: z.enum(["product_view", "add_to_cart", "stream_view"]),
    product_id: z.string().min(1).max(100).optional(),
    stream_id: z.string().min(1).max(100).optional(),
    video_id: z.string().min(1).max(100).optional(),
    ts: z.coerce.date().optional(),
  })
  .strict()
  .refine((e) => (e.type === "stream_view" ? !!e.stream_id : !!e.product_id), {
    message: "product_view and add_to_cart need 'product_id'; stream_view needs 'stream_id'",
  })

/** POST /store/analytics/events, carrying at most the plugin's `maxEventsPerPost` events. */
export const StorefrontEvents = (maxEvents: number) => z.object({ events: z.array(storefrontEvent).min(1).max(maxEvents) }).strict()
