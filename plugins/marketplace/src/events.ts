export { MarketplaceOrderEvents, type MarketplaceOrderEventData } from "@broadcart/core/contracts/marketplace"

/** Events the marketplace emits about vendors and their teams. */
export const VendorEvents = {
  /** A vendor signed up (pending, or active when the plugin auto-approves). */
  CREATED: "vendor.created",
  /** An admin approved a pending vendor or reinstated a suspended one. */
  APPROVED: "vendor.approved",
  /** An admin suspended a vendor: its members are refused, its products and streams hidden. */
  SUSPENDED: "vendor.suspended",
  /** Someone was invited to a vendor's team; the payload carries the one-time token to mail. */
  INVITE_CREATED: "vendor.invite_created",
  /** An invited login accepted its invitation and joined the team. */
  MEMBER_JOINED: "vendor.member_joined",
  /** An owner or admin changed a member's role. */
  MEMBER_ROLE_CHANGED: "vendor.member_role_changed",
  /** An owner or admin removed a member; its login no longer acts for the vendor. */
  MEMBER_REMOVED: "vendor.member_removed",
} as const

/** Payload of `vendor.created`, `vendor.approved` and `vendor.suspended`: `id` and `vendor_id` are both the vendor's id. */
export type VendorEventData = { id: string; vendor_id: string }

/** Payload of the team events (`vendor.member_*`): `id` is the member's id. */
export type VendorMemberEventData = { id: string; vendor_id: string; role: "owner" | "admin" | "staff" }

/** Payload of `vendor.invite_created`. */
export type VendorInviteCreatedData = {
  id: string
  vendor_id: string
  email: string
  role: "admin" | "staff"
  token: string
}
