import { analyticsHandlers, vendorEntity } from "../../../handlers"

/** GET /vendor/analytics/summary */
export const GET = analyticsHandlers(vendorEntity).summary
