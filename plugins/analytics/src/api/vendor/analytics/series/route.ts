import { analyticsHandlers } from "../../../admin/analytics/helpers"
import { vendorEntity } from "../helpers"

/** GET /vendor/analytics/series */
export const GET = analyticsHandlers(vendorEntity).series
