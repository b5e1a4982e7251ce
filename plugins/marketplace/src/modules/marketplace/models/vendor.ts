import { model } from "@medusajs/framework/utils"
import { VendorMember } from "./vendor-member"
import { VendorInvite } from "./vendor-invite"

/** An independent seller with its own catalogue, orders, streams and videos. */
export const Vendor = model
  .define("vendor", {
    id: model.id({ prefix: "vend" }).primaryKey(),
    // Public, URL-safe name of the vendor's storefront page.
    handle: model.text().unique(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    logo: model.text().nullable(),
    // pending until an admin approves; suspended vendors' members are refused everywhere.
    status: model.enum(["pending", "active", "suspended"]).default("pending"),
    email: model.text(),
    // Reason shown to the vendor when suspended.
    status_reason: model.text().nullable(),
    metadata: model.json().nullable(),
    members: model.hasMany(() => VendorMember, { mappedBy: "vendor" }),
    invites: model.hasMany(() => VendorInvite, { mappedBy: "vendor" }),
  })
  .cascades({ delete: ["members", "invites"] })
