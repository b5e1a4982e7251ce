import { z } from "@medusajs/framework/zod"

/** Page of a list: `limit` (1–100, default 20) and `offset`. */
export const pageParams = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
}
const fields = {
  title: z.string().trim().min(1).max(200),
  description: z.string().max(5000).nullable().optional(),
  cover_image: z.string().url().max(2000).nullable().optional(),
  // An ISO 8601 date-time only: coercion turned `true` or `-1` into 1970.
  scheduled_at: z.iso
    .datetime({ offset: true, message: "Field 'scheduled_at' must be an ISO 8601 date-time" })
    .transform((s) => new Date(s))
    .nullable()
    .optional(),
  product_ids: z.array(z.string().min(1)).max(50).optional(),
}
const statuses = ["scheduled", "live", "interrupted", "ended", "cancelled"] as const

/** POST /vendor/live-streams */
export const VendorCreateStream = z.object(fields).strict()
/** POST /vendor/live-streams/:id */
export const VendorUpdateStream = z.object(fields).partial().strict()
/** GET /vendor/live-streams */
export const VendorListStreams = z.object({ ...pageParams, status: z.union([z.enum(statuses), z.array(z.enum(statuses))]).optional() }).strict()
/** Bodies that take no fields: POST /vendor/live-streams/:id/{cancel,end,rotate-key} */
export const EmptyBody = z.object({}).strict()
/** POST /vendor/live-streams/:id/pins */
export const VendorPinProduct = z.object({ product_id: z.string().min(1) }).strict()
