import { z } from "@medusajs/framework/zod"

/** A vendor's handle: the URL-safe name of its storefront page. */
export const VendorHandle = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Field 'handle' must be lowercase letters, digits and single dashes")

/** The fields of a vendor's public profile, as signup and profile edits take them. */
export const vendorProfileFields = {
  name: z.string().trim().min(1).max(120),
  description: z.string().max(2000).nullish(),
  logo: z.url().nullish(),
  email: z.email(),
}

/** Body of POST /vendor/profile. */
export const VendorProfileUpdate = z
  .object({
    name: vendorProfileFields.name.optional(),
    description: vendorProfileFields.description,
    logo: vendorProfileFields.logo,
    email: vendorProfileFields.email.optional(),
  })
  .strict()
export type VendorProfileUpdateType = z.infer<typeof VendorProfileUpdate>
