import { z } from "@medusajs/framework/zod"

const payoutStatus = z.enum(["pending", "due", "processing", "paid", "failed", "canceled"])

/** GET /vendor/payouts */
export const VendorListPayouts = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    status: z.union([payoutStatus, z.array(payoutStatus)]).optional(),
  })
  .strict()

/** GET /vendor/payouts/:id */
export const VendorGetPayout = z.object({})

/** POST /vendor/payouts/onboarding */
export const VendorStartOnboarding = z
  .object({
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, "expected a 2-letter ISO country code such as US")
      .optional(),
    return_url: z.string().url().max(2000).optional(),
    refresh_url: z.string().url().max(2000).optional(),
  })
  .strict()
