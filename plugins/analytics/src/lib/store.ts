import type { MedusaContainer } from "@medusajs/framework/types"
import type TimeSeriesModuleService from "@broadcart/time-series/service"

/** The platform's time-series store (module `timeSeries`). */
export function timeSeries(container: MedusaContainer | { resolve: (key: string) => unknown }): TimeSeriesModuleService {
  return (container as MedusaContainer).resolve("timeSeries")
}
