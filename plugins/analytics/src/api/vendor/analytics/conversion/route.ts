import { analyticsHandlers, vendorEntity } from "../../../handlers"

/** GET /vendor/analytics/conversion */
export const GET = analyticsHandlers(vendorEntity).conversion
