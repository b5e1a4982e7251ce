import { z } from "@medusajs/framework/zod"
import { VendorHandle, vendorProfileFields } from "../profile/validators"

/** Body of POST /vendor/vendors: the vendor being signed up and its owner's name. */
export const VendorSignup = z
  .object({
    name: vendorProfileFields.name,
    handle: VendorHandle.optional(),
    description: vendorProfileFields.description,
    logo: vendorProfileFields.logo,
    email: vendorProfileFields.email.optional(),
    owner_name: z.string().trim().max(120).nullish(),
  })
  .strict()
export type VendorSignupType = z.infer<typeof VendorSignup>
