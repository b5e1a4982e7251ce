import type { MedusaContainer } from "@medusajs/framework/types"
import { timeSeries } from "../lib/store"

/** Turns the last six hours of raw points (late, buffered writes included) into hourly and daily aggregates, every five minutes. */
export default async function rollupAnalytics(container: MedusaContainer) {
  const now = new Date()
  await timeSeries(container).rollup(new Date(now.getTime() - 6 * 3_600_000), now)
}

export const config = { name: "rollup-analytics", schedule: "*/5 * * * *" }
