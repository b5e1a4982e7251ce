import { z } from "@medusajs/framework/zod"

/** Widest range a query may cover. */
export const MAX_RANGE_DAYS = 400
const DAY = 86_400_000

const range = {
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  currency: z
    .string()
    .regex(/^[a-zA-Z]{3}$/, "expected a 3-letter ISO currency code")
    .transform((c) => c.toLowerCase())
    .default("usd"),
}

/** Fills the default range (the last 30 days) and refuses an empty or too wide one. */
function withRange<T extends { from?: Date; to?: Date }>(schema: z.ZodType<T>) {
  return schema
    .transform((q) => {
      const to = q.to ?? new Date()
      return { ...q, to, from: q.from ?? new Date(to.getTime() - 30 * DAY) }
    })
    .refine((q) => q.from < q.to, { message: "Field 'from' must be before 'to'", path: ["from"] })
    .refine((q) => q.to.getTime() - q.from.getTime() <= MAX_RANGE_DAYS * DAY, {
      message: `Field 'from' is too far back: at most ${MAX_RANGE_DAYS} days`,
      path: ["from"],
    })
}

const adminScope = { vendor_id: z.string().min(1).optional() }

const seriesFields = {
  ...range,
  metric: z.enum(["gmv", "orders", "refunds"]).default("gmv"),
  bucket: z.enum(["minute", "hour", "day"]).default("day"),
}
const limit = { limit: z.coerce.number().int().min(1).max(100).default(10) }
const kind = { kind: z.enum(["stream", "video"]).optional() }

export const VendorSummaryQuery = withRange(z.object(range).strict())
export const AdminSummaryQuery = withRange(z.object({ ...range, ...adminScope }).strict())
export const VendorSeriesQuery = withRange(z.object(seriesFields).strict())
export const AdminSeriesQuery = withRange(z.object({ ...seriesFields, ...adminScope }).strict())
export const VendorTopProductsQuery = withRange(z.object({ ...range, ...limit }).strict())
export const AdminTopProductsQuery = withRange(z.object({ ...range, ...limit, ...adminScope }).strict())
export const VendorConversionQuery = withRange(z.object({ ...range, ...kind }).strict())
export const AdminConversionQuery = withRange(z.object({ ...range, ...kind, ...adminScope }).strict())

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
export const StorefrontEvents = (maxEvents: number) =>
  z.object({ events: z.array(storefrontEvent).min(1).max(maxEvents) }).strict()
