import { model } from "@medusajs/framework/utils"
import { Vendor } from "./vendor"

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
