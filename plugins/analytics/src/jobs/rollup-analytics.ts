import type { MedusaContainer } from "@medusajs/framework/types"
import { timeSeries } from "../lib/store"

/**
 * Every five minutes, turns raw points into hourly and daily aggregates: everything since the last
 * complete run (after an outage, however long) and at least the last six hours (late, buffered writes).
 */
export default async function rollupAnalytics(container: MedusaContainer) {
  await timeSeries(container).rollupPending(new Date())
}

export const config = { name: "rollup-analytics", schedule: "*/5 * * * *" }
