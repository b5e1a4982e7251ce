import { analyticsHandlers, adminEntity } from "../helpers"

/** GET /admin/analytics/conversion */
export const GET = analyticsHandlers(adminEntity).conversion
