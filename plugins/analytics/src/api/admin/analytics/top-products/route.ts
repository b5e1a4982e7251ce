import { analyticsHandlers, adminEntity } from "../helpers"

/** GET /admin/analytics/top-products */
export const GET = analyticsHandlers(adminEntity).topProducts
