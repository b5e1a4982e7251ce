import { analyticsHandlers, adminEntity } from "../../../handlers"

/** GET /admin/analytics/top-products */
export const GET = analyticsHandlers(adminEntity).topProducts
