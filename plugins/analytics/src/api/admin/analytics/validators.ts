import { z } from "@medusajs/framework/zod"
import { kindField, limitField, range, seriesFields, withRange } from "../../vendor/analytics/validators"

/** The admin's queries are the vendor's, for the platform or the vendor named. */
const adminScope = { vendor_id: z.string().min(1).optional() }

/** GET /admin/analytics/summary */
export const AdminSummaryQuery = withRange(z.object({ ...range, ...adminScope }).strict())
/** GET /admin/analytics/series */
export const AdminSeriesQuery = withRange(z.object({ ...seriesFields, ...adminScope }).strict())
/** GET /admin/analytics/top-products */
export const AdminTopProductsQuery = withRange(z.object({ ...range, ...limitField, ...adminScope }).strict())
/** GET /admin/analytics/conversion */
export const AdminConversionQuery = withRange(z.object({ ...range, ...kindField, ...adminScope }).strict())
