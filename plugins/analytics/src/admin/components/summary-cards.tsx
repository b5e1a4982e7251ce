import { Text } from "@medusajs/ui"
import { money } from "@broadcart/core/admin"
import { count, useAdminGet } from "../lib/api"
import type { Summary } from "../lib/types"
import { LoadState } from "./load-state"

/** GMV, orders, average order value and refunds for the selected range, currency and scope. */
export const SummaryCards = ({ query }: { query: string | null }) => {
  const state = useAdminGet<{ summary: Summary }>(query && `/admin/analytics/summary?${query}`)
  return (
    <LoadState state={state} className="h-20">
      {({ summary: s }) => (
        <div className="grid grid-cols-2 gap-4 px-6 py-4 lg:grid-cols-4">
          {[
            ["GMV", money(s.gmv, s.currency_code)],
            ["Orders", count(s.orders)],
            ["Average order", money(s.average_order_value, s.currency_code)],
            ["Refunds", money(s.refunds, s.currency_code)],
          ].map(([label, value]) => (
            <div key={label} className="rounded-lg border p-4">
              <Text size="small" className="text-ui-fg-subtle">
                {label}
              </Text>
              <Text size="xlarge" weight="plus">
                {value}
              </Text>
            </div>
          ))}
        </div>
      )}
    </LoadState>
  )
}
