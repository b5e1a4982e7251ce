import { Badge, Drawer, Heading, Table, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch, money } from "@broadcart/core/admin"
import type { CommissionLine, PayoutAdjustment, PayoutDetail } from "../lib/types"
import { PayoutStatus } from "./payout-status"

type DetailResponse = { payout: PayoutDetail; lines?: CommissionLine[]; adjustments?: PayoutAdjustment[] }
const ADJUSTMENT_COLOR = { pending: "orange", done: "green", failed: "red" } as const
const date = (d: string | null) => (d ? new Date(d).toLocaleString() : "—")

/** Side panel with one payout's figures, its commission lines and its refund adjustments. */
export const PayoutDrawer = ({ id, vendorName, onClose }: { id: string | null; vendorName: string; onClose: () => void }) => {
  const [detail, setDetail] = useState<DetailResponse>()

  useEffect(() => {
    setDetail(undefined)
    if (id) {
      adminFetch<DetailResponse>(`/admin/payouts/${id}`)
        .then(setDetail)
        .catch((e: Error) => toast.error(e.message))
    }
  }, [id])

  const p = detail?.payout
  const lines = detail?.lines ?? p?.lines ?? []
  const adjustments = detail?.adjustments ?? p?.adjustments ?? []
  const facts: [string, string][] = p
    ? [
        ["Vendor", vendorName],
        ["Gross", money(p.gross_amount, p.currency_code)],
        ["Commission", money(p.commission_amount, p.currency_code)],
        ["Net to vendor", money(p.net_amount, p.currency_code)],
        ["Refunded", `${money(p.refunded_amount, p.currency_code)} (vendor ${money(p.refunded_vendor_amount, p.currency_code)})`],
        ["Transfer", p.transfer_id ? `${p.transfer_id} · ${money(p.transfer_amount, p.currency_code)}` : "—"],
        ["Reversed", money(p.reversed_amount, p.currency_code)],
        ["Due at", date(p.due_at)],
        ["Paid at", date(p.paid_at)],
        ["Attempts", `${p.attempts}${p.next_attempt_at ? `, next ${date(p.next_attempt_at)}` : ""}`],
      ]
    : []

  return (
    <Drawer open={!!id} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content className="max-w-2xl">
        <Drawer.Header>
          <Drawer.Title>Payout {p?.order ? `for order #${p.order.display_id}` : ""}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
          {!p && <Text size="small">Loading…</Text>}
          {p && (
            <>
              <PayoutStatus payout={p} />
              <dl className="grid grid-cols-2 gap-x-4 gap-y-2 txt-compact-small">
                {facts.map(([label, value]) => (
                  <div key={label}>
                    <dt className="text-ui-fg-subtle">{label}</dt>
                    <dd className="break-all">{value}</dd>
                  </div>
                ))}
              </dl>
              <Heading level="h3">Commission lines</Heading>
              <Table>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell>Line</Table.HeaderCell>
                    <Table.HeaderCell>Qty</Table.HeaderCell>
                    <Table.HeaderCell>Base</Table.HeaderCell>
                    <Table.HeaderCell>Rate</Table.HeaderCell>
                    <Table.HeaderCell>Commission</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {lines.map((l, i) => (
                    <Table.Row key={l.line_item_id ?? `${l.kind}-${i}`}>
                      <Table.Cell>{l.kind === "shipping" ? "Shipping" : (l.product_id ?? l.line_item_id)}</Table.Cell>
                      <Table.Cell>{l.quantity}</Table.Cell>
                      <Table.Cell>{money(l.base_amount, p.currency_code)}</Table.Cell>
                      <Table.Cell>
                        {Number(l.percentage)}%{Number(l.fixed_amount) ? ` + ${money(l.fixed_amount, p.currency_code)}/unit` : ""}
                        {!l.rule_id && <span className="text-ui-fg-subtle"> (fallback)</span>}
                      </Table.Cell>
                      <Table.Cell>{money(l.amount, p.currency_code)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
              <Heading level="h3">Refund adjustments</Heading>
              {!adjustments.length && (
                <Text size="small" className="text-ui-fg-subtle">
                  No refunds.
                </Text>
              )}
              {adjustments.map((a) => (
                <div key={a.id} className="flex flex-col gap-y-1 rounded-md border px-3 py-2 txt-compact-small">
                  <div className="flex items-center justify-between">
                    <span>
                      {a.kind.replace("_", " ")} · {date(a.created_at)}
                    </span>
                    <Badge size="2xsmall" color={ADJUSTMENT_COLOR[a.status]}>
                      {a.status}
                    </Badge>
                  </div>
                  <span className="text-ui-fg-subtle">
                    Refund {money(a.refund_amount, p.currency_code)}: vendor {money(a.vendor_amount, p.currency_code)}, commission{" "}
                    {money(a.commission_amount, p.currency_code)}
                    {a.stripe_reversal_id ? ` · ${a.stripe_reversal_id}` : ""}
                    {a.reason ? ` · ${a.reason}` : ""}
                  </span>
                  {a.last_error && (
                    <span className="text-ui-fg-error">
                      {a.last_error} (attempt {a.attempts})
                    </span>
                  )}
                </div>
              ))}
            </>
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
