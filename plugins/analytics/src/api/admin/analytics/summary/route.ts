import { analyticsHandlers, adminEntity } from "../../../handlers"

/** GET /admin/analytics/summary */
export const GET = analyticsHandlers(adminEntity).summary
