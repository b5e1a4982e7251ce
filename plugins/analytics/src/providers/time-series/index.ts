import type { MedusaContainer } from "@medusajs/framework/types"
import type TimeSeriesModuleService from "@broadcart/time-series/service"

/**
 * The platform's time-series store (module `timeSeries` of @broadcart/time-series), which analytics
 * records to and reads from; `names.ts` says how it names its series there, `queries.ts` how it reads them.
 */
export function timeSeries(container: MedusaContainer | { resolve: (key: string) => unknown }): TimeSeriesModuleService {
  return (container as MedusaContainer).resolve("timeSeries")
}
