import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { PayoutStatus } from "../components/payout-status"
import { adminFetch, money } from "@broadcart/core/admin"
import type { PayoutDetail } from "../lib/types"

/** The vendor payout of an order: status, commission, net, transfer and refund adjustments. */
const OrderPayoutWidget = ({ data }: DetailWidgetProps<AdminOrder>) => {
  const [payout, setPayout] = useState<PayoutDetail | null>()

  useEffect(() => {
    const load = async () => {
      const list = await adminFetch<{ payouts: PayoutDetail[] }>(`/admin/payouts?order_id=${data.id}&limit=1`)
      const first = list.payouts[0]
      if (!first) return null
      const detail = await adminFetch<{ payout: PayoutDetail; adjustments?: PayoutDetail["adjustments"] }>(`/admin/payouts/${first.id}`)
      return { ...detail.payout, adjustments: detail.adjustments ?? detail.payout.adjustments }
    }
    load()
      .then(setPayout)
      .catch(() => setPayout(null))
  }, [data.id])

  if (!payout) {
    return null
  }
  const c = payout.currency_code
  const rows: [string, string][] = [
    ["Gross", money(payout.gross_amount, c)],
    ["Commission", money(payout.commission_amount, c)],
    ["Net to vendor", money(payout.net_amount, c)],
    ["Transfer", payout.transfer_id ?? "—"],
    ["Refund adjustments", String(payout.adjustments?.length ?? 0)],
  ]

  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4">
      <div className="flex items-center justify-between">
        <Heading level="h2">Vendor payout</Heading>
        <PayoutStatus payout={payout} />
      </div>
      <dl className="grid grid-cols-2 gap-y-1 txt-compact-small">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-ui-fg-subtle">{label}</dt>
            <dd className="truncate text-right">{value}</dd>
          </div>
        ))}
      </dl>
      <Text size="small">
        <Link to="/payouts" className="text-ui-fg-interactive">
          All payouts
        </Link>
      </Text>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.after" })

export default OrderPayoutWidget
