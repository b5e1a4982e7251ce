import { z } from "@medusajs/framework/zod"

const dateRange = z.object({ gte: z.coerce.date().optional(), lte: z.coerce.date().optional() }).strict()
const statuses = ["pending", "completed", "draft", "archived", "canceled", "requires_action"] as const

/** GET /vendor/orders: paginated, newest first by default. */
export const VendorListOrders = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    order: z
      .string()
      .regex(/^-?(created_at|updated_at|display_id)$/, "Field 'order' must be created_at, updated_at or display_id, optionally prefixed with -")
      .default("-created_at"),
    status: z.union([z.enum(statuses), z.array(z.enum(statuses))]).optional(),
    created_at: dateRange.optional(),
    customer_id: z.string().optional(),
    email: z.string().optional(),
    q: z.string().max(200).optional(),
  })
  .strict()

const tracking = {
  tracking_number: z.string().trim().min(1).max(200).optional(),
  tracking_url: z.string().url().max(2000).optional(),
  carrier: z.string().trim().min(1).max(100).optional(),
}

/** POST /vendor/orders/:id/fulfillments: all unfulfilled items unless `items` says otherwise. */
export const VendorCreateFulfillment = z
  .object({
    items: z
      .array(z.object({ id: z.string(), quantity: z.number().int().positive() }).strict())
      .min(1)
      .optional(),
    location_id: z.string().optional(),
    notify_customer: z.boolean().default(true),
    ...tracking,
  })
  .strict()

/** POST /vendor/orders/:id/fulfillments/:fulfillment_id/shipments */
export const VendorCreateShipment = z.object(tracking).strict()

/** Routes that take no body must not silently accept one. */
export const VendorEmptyBody = z.object({}).strict()

/** POST /vendor/orders/:id/returns/:return_id/reject */
export const VendorRejectReturn = z.object({ reason: z.string().trim().max(1000).optional() }).strict()
