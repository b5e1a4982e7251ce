import { Heading } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { money } from "@broadcart/core/admin"
import { count, useAdminGet } from "../lib/api"
import { fillGaps, type Range } from "../lib/range"
import type { SeriesMetric, SeriesResponse } from "../lib/types"
import { AreaChart } from "./area-chart"
import { LoadState } from "./load-state"
import { Segmented } from "./segmented"

const METRICS = [
  { value: "gmv", label: "GMV" },
  { value: "orders", label: "Orders" },
  { value: "refunds", label: "Refunds" },
] as const

/** GMV, orders or refunds over the selected range, one point per hour or day. */
export const SeriesPanel = ({ query, range }: { query: string | null; range: Range }) => {
  const [metric, setMetric] = useState<SeriesMetric>("gmv")
  const state = useAdminGet<SeriesResponse>(query && `/admin/analytics/series?${query}&metric=${metric}&bucket=${range.bucket}`)
  const points = useMemo(() => (state.data ? fillGaps(state.data.series, range.from, range.to, state.data.bucket) : []), [state.data, range])
  const label = METRICS.find((m) => m.value === metric)!.label

  return (
    <div>
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{label} over time</Heading>
        <Segmented options={METRICS} value={metric} onChange={setMetric} />
      </div>
      <LoadState state={state} className="h-60">
        {(data) => (
          <AreaChart points={points} bucket={data.bucket} label={label} format={(n) => (data.metric === "orders" ? count(n) : money(n, data.currency_code))} />
        )}
      </LoadState>
    </div>
  )
}
