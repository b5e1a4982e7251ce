import { analyticsHandlers, adminEntity } from "../../../handlers"

/** GET /admin/analytics/series */
export const GET = analyticsHandlers(adminEntity).series
