import { z } from "@medusajs/framework/zod"

/** Body of POST /vendor/invites. */
export const VendorCreateInvite = z.object({ email: z.email(), role: z.enum(["admin", "staff"]).default("staff") }).strict()
export type VendorCreateInviteType = z.infer<typeof VendorCreateInvite>

/** Body of POST /vendor/invites/accept. */
export const VendorAcceptInvite = z.object({ token: z.string().min(10), name: z.string().trim().max(120).nullish() }).strict()
export type VendorAcceptInviteType = z.infer<typeof VendorAcceptInvite>
