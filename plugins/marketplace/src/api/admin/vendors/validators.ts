import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { VendorHandle } from "../../vendor/profile/validators"

/** Query of GET /admin/vendors. */
export const AdminListVendors = createFindParams({ limit: 20, offset: 0 }).extend({
  q: z.string().optional(),
  status: z.union([z.enum(["pending", "active", "suspended"]), z.array(z.enum(["pending", "active", "suspended"]))]).optional(),
})

/** Body of POST /admin/vendors/:id. */
export const AdminUpdateVendor = z
  .object({
    name: z.string().trim().min(1).max(120).optional(),
    handle: VendorHandle.optional(),
    description: z.string().max(2000).nullish(),
    logo: z.url().nullish(),
    email: z.email().optional(),
  })
  .strict()

/** Body of POST /admin/vendors/:id/suspend. */
export const AdminSuspendVendor = z.object({ reason: z.string().trim().max(500).optional() }).strict()
