import { analyticsHandlers, adminEntity } from "../../../handlers"

/** GET /admin/analytics/conversion */
export const GET = analyticsHandlers(adminEntity).conversion
