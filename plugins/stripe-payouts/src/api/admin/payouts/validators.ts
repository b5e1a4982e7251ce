import { z } from "@medusajs/framework/zod"
import { VendorListPayouts } from "../../vendor/payouts/validators"

/** GET /admin/payouts: the vendor's filters, across vendors. */
export const AdminListPayouts = VendorListPayouts.extend({
  vendor_id: z.string().optional(),
  order_id: z.string().optional(),
}).strict()

/** GET /admin/payouts/:id */
export const AdminGetPayout = z.object({})

/** POST /admin/payouts/:id/retry takes no fields. */
export const AdminRetryPayout = z.object({}).strict()
