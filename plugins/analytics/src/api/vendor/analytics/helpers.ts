import type { VendorRequest } from "@broadcart/core/contracts/marketplace"
import { Entity } from "../../../providers/time-series/names"
import type { EntityOf } from "../../admin/analytics/helpers"

/** Vendor scope: always the signed-in member's own vendor. */
export const vendorEntity: EntityOf = async (req) => Entity.vendor((req as unknown as VendorRequest).vendor.vendor_id)
