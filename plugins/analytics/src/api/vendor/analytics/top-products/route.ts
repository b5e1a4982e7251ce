import { analyticsHandlers, vendorEntity } from "../../../handlers"

/** GET /vendor/analytics/top-products */
export const GET = analyticsHandlers(vendorEntity).topProducts
