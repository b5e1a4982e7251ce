import { model } from "@medusajs/framework/utils"

// The vendor and its team sit in this file: each model refers to the others, and separate files would import each other.

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

/** A person who acts for exactly one vendor; the `vendor` auth actor. */
export const VendorMember = model.define("vendor_member", {
  id: model.id({ prefix: "vmem" }).primaryKey(),
  email: model.text().unique(),
  name: model.text().nullable(),
  role: model.enum(["owner", "admin", "staff"]).default("staff"),
  vendor: model.belongsTo(() => Vendor, { mappedBy: "members" }),
})

/** An invitation to join a vendor's team; the token is stored hashed. */
export const VendorInvite = model.define("vendor_invite", {
  id: model.id({ prefix: "vinv" }).primaryKey(),
  email: model.text(),
  role: model.enum(["admin", "staff"]).default("staff"),
  token_hash: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
  vendor: model.belongsTo(() => Vendor, { mappedBy: "invites" }),
})
