import { analyticsHandlers } from "../../../admin/analytics/helpers"
import { vendorEntity } from "../helpers"

/** GET /vendor/analytics/top-products */
export const GET = analyticsHandlers(vendorEntity).topProducts
