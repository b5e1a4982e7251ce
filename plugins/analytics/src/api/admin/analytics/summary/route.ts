import { analyticsHandlers, adminEntity } from "../helpers"

/** GET /admin/analytics/summary */
export const GET = analyticsHandlers(adminEntity).summary
