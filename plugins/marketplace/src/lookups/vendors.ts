import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../modules/marketplace"
import type MarketplaceModuleService from "../modules/marketplace/service"
import type { Scope } from "./scope"

export type VendorStatus = "pending" | "active" | "suspended"

/** A vendor as other plugins see it: its own fields, no team or invitations. */
export type Vendor = {
  id: string
  handle: string
  name: string
  description: string | null
  logo: string | null
  status: VendorStatus
  status_reason: string | null
  email: string
  metadata: Record<string, unknown> | null
  created_at: Date
  updated_at: Date
}

export type VendorField = keyof Vendor

const PUBLIC_FIELDS: VendorField[] = ["id", "handle", "name", "description", "logo", "status"]

const marketplaceOf = (scope: Scope) => scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)

/** Vendors matching `filters` (an id or ids, a status or statuses), with `fields` (and always the id). */
export async function listVendors<F extends VendorField>(
  scope: Scope,
  filters: { id?: string | string[]; status?: VendorStatus | VendorStatus[] },
  fields: F[] = PUBLIC_FIELDS as F[]
): Promise<Pick<Vendor, F | "id">[]> {
  const vendors = await marketplaceOf(scope).listVendors(filters, { select: [...new Set(["id", ...fields])] })
  return vendors as unknown as Pick<Vendor, F | "id">[]
}

/** One vendor with `fields` (by default its public profile and status); NOT_FOUND if there is none. */
export async function retrieveVendor<F extends VendorField>(scope: Scope, id: string, fields: F[] = PUBLIC_FIELDS as F[]): Promise<Pick<Vendor, F | "id">> {
  const [vendor] = await listVendors(scope, { id }, fields)
  if (!vendor) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Vendor ${id} not found`)
  }
  return vendor
}

/** Ids of the vendors matching `filters`, e.g. every active vendor, or whether one is active. */
export async function listVendorIds(scope: Scope, filters: { id?: string | string[]; status?: VendorStatus | VendorStatus[] } = {}): Promise<string[]> {
  return (await listVendors(scope, filters, ["id"])).map((v) => v.id)
}

/** The vendor a member (the `vendor` auth actor) acts for, or null for an unknown member. */
export async function vendorOfMember(scope: Scope, memberId: string): Promise<Pick<Vendor, "id" | "name" | "status"> | null> {
  const {
    data: [member],
  } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "vendor_member",
    fields: ["vendor.id", "vendor.name", "vendor.status"],
    filters: { id: memberId },
  })
  const vendor = (member as { vendor?: Pick<Vendor, "id" | "name" | "status"> | null } | undefined)?.vendor
  return vendor ? { id: vendor.id, name: vendor.name, status: vendor.status } : null
}
