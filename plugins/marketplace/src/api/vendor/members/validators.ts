import { z } from "@medusajs/framework/zod"

/** Body of POST /vendor/members/:id. */
export const VendorUpdateMember = z.object({ role: z.enum(["admin", "staff"]) }).strict()
export type VendorUpdateMemberType = z.infer<typeof VendorUpdateMember>
