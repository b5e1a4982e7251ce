import { model } from "@medusajs/framework/utils"
import { Vendor } from "./vendor"

/** A person who acts for exactly one vendor; the `vendor` auth actor. */
export const VendorMember = model.define("vendor_member", {
  id: model.id({ prefix: "vmem" }).primaryKey(),
  email: model.text().unique(),
  name: model.text().nullable(),
  role: model.enum(["owner", "admin", "staff"]).default("staff"),
  vendor: model.belongsTo(() => Vendor, { mappedBy: "members" }),
})
