import { analyticsHandlers, vendorEntity } from "../../../handlers"

/** GET /vendor/analytics/series */
export const GET = analyticsHandlers(vendorEntity).series
