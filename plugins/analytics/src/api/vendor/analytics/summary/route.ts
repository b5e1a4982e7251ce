import { analyticsHandlers } from "../../../admin/analytics/helpers"
import { vendorEntity } from "../helpers"

/** GET /vendor/analytics/summary */
export const GET = analyticsHandlers(vendorEntity).summary
