import type { MedusaContainer } from "@medusajs/framework/types"
import { rollUpAnalyticsWorkflow } from "../workflows/roll-up-analytics"

/** Every five minutes, brings the hourly and daily aggregates up to date (see rollUpAnalyticsWorkflow). */
export default async function rollupAnalytics(container: MedusaContainer) {
  await rollUpAnalyticsWorkflow(container).run()
}

export const config = { name: "rollup-analytics", schedule: "*/5 * * * *" }
