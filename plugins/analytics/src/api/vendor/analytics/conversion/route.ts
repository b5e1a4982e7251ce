import { analyticsHandlers } from "../../../admin/analytics/helpers"
import { vendorEntity } from "../helpers"

/** GET /vendor/analytics/conversion */
export const GET = analyticsHandlers(vendorEntity).conversion
