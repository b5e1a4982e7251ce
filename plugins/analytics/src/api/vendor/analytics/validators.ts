import { z } from "@medusajs/framework/zod"

/** Widest range a query may cover. */
const MAX_RANGE_DAYS = 400
const DAY = 86_400_000

/** The range every analytics query takes: from, to and one currency. */
export const range = {
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  currency: z
    .string()
    .regex(/^[a-zA-Z]{3}$/, "expected a 3-letter ISO currency code")
    .transform((c) => c.toLowerCase())
    .default("usd"),
}

/** Fills the default range (the last 30 days) and refuses an empty or too wide one. */
export function withRange<T extends { from?: Date; to?: Date }>(schema: z.ZodType<T>) {
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

export const seriesFields = {
  ...range,
  metric: z.enum(["gmv", "orders", "refunds"]).default("gmv"),
  bucket: z.enum(["minute", "hour", "day"]).default("day"),
}
export const limitField = { limit: z.coerce.number().int().min(1).max(100).default(10) }
export const kindField = { kind: z.enum(["stream", "video"]).optional() }

/** GET /vendor/analytics/summary and /vendor/analytics/products/:id */
export const VendorSummaryQuery = withRange(z.object(range).strict())
/** GET /vendor/analytics/series */
export const VendorSeriesQuery = withRange(z.object(seriesFields).strict())
/** GET /vendor/analytics/top-products */
export const VendorTopProductsQuery = withRange(z.object({ ...range, ...limitField }).strict())
/** GET /vendor/analytics/conversion */
export const VendorConversionQuery = withRange(z.object({ ...range, ...kindField }).strict())
