import { Text } from "@medusajs/ui"
import { money } from "@broadcart/core/admin"
import type { PayoutBalance } from "../lib/types"

const COLUMNS = [
  ["accruing", "Accruing"],
  ["due", "Due to vendors"],
  ["paid", "Paid out"],
  ["commission", "Commission earned"],
] as const

/** The ledger's totals, one row of figures per currency. */
export const PayoutBalances = ({ balances }: { balances: PayoutBalance[] }) => {
  if (!balances.length) {
    return (
      <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
        No payouts yet.
      </Text>
    )
  }
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      {balances.map((b) => (
        <div key={b.currency_code} className="grid grid-cols-5 items-center gap-x-4">
          <Text size="small" weight="plus">
            {b.currency_code.toUpperCase()}
          </Text>
          {COLUMNS.map(([key, label]) => (
            <div key={key}>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {label}
              </Text>
              <Text size="small">{money(b[key], b.currency_code)}</Text>
            </div>
          ))}
        </div>
      ))}
    </div>
  )
}
