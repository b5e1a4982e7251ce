import { analyticsHandlers, adminEntity } from "../helpers"

/** GET /admin/analytics/series */
export const GET = analyticsHandlers(adminEntity).series
