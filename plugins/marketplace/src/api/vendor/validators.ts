import { z } from "@medusajs/framework/zod"

const handle = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Field 'handle' must be lowercase letters, digits and single dashes")

const profile = {
  name: z.string().trim().min(1).max(120),
  description: z.string().max(2000).nullish(),
  logo: z.url().nullish(),
  email: z.email(),
}

/** Body of POST /vendor/vendors: the vendor being signed up and its owner's name. */
export const VendorSignup = z
  .object({
    name: profile.name,
    handle: handle.optional(),
    description: profile.description,
    logo: profile.logo,
    email: profile.email.optional(),
    owner_name: z.string().trim().max(120).nullish(),
  })
  .strict()
export type VendorSignupType = z.infer<typeof VendorSignup>

/** Body of POST /vendor/profile. */
export const VendorProfileUpdate = z
  .object({
    name: profile.name.optional(),
    description: profile.description,
    logo: profile.logo,
    email: profile.email.optional(),
  })
  .strict()
export type VendorProfileUpdateType = z.infer<typeof VendorProfileUpdate>

export { handle as VendorHandle }

/** Body of POST /vendor/invites. */
export const VendorCreateInvite = z.object({ email: z.email(), role: z.enum(["admin", "staff"]).default("staff") }).strict()
export type VendorCreateInviteType = z.infer<typeof VendorCreateInvite>

/** Body of POST /vendor/invites/accept. */
export const VendorAcceptInvite = z.object({ token: z.string().min(10), name: z.string().trim().max(120).nullish() }).strict()
export type VendorAcceptInviteType = z.infer<typeof VendorAcceptInvite>

/** Body of POST /vendor/members/:id. */
export const VendorUpdateMember = z.object({ role: z.enum(["admin", "staff"]) }).strict()
export type VendorUpdateMemberType = z.infer<typeof VendorUpdateMember>
