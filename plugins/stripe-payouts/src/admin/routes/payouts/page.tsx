import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CurrencyDollar } from "@medusajs/icons"
import { Button, Container, Heading, Select, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { PayoutBalances } from "../../components/payout-balances"
import { PayoutDrawer } from "../../components/payout-drawer"
import { PayoutStatus } from "../../components/payout-status"
import { adminFetch, money, runWithToast } from "@broadcart/core/admin"
import { nameOf, useVendors } from "../../lib/lookups"
import { PAYOUT_STATUSES, type Payout, type PayoutBalance } from "../../lib/types"

const PAGE_SIZE = 20
type ListResponse = { payouts: Payout[]; count: number; balances: PayoutBalance[] }

/** Payouts: the ledger of vendor payouts with per-currency balances, retry of failed ones and details. */
const PayoutsPage = () => {
  const [status, setStatus] = useState("all")
  const [page, setPage] = useState(0)
  const [data, setData] = useState<ListResponse>()
  const [busy, setBusy] = useState<string>()
  const [openId, setOpenId] = useState<string | null>(null)
  const vendors = useVendors()

  const load = useCallback(() => {
    const filter = status === "all" ? "" : `&status=${status}`
    adminFetch<ListResponse>(`/admin/payouts?limit=${PAGE_SIZE}&offset=${page * PAGE_SIZE}${filter}`)
      .then(setData)
      .catch((e: Error) => toast.error(e.message))
  }, [status, page])
  useEffect(load, [load])

  const retry = async (payout: Payout) => {
    setBusy(payout.id)
    await runWithToast(async () => {
      await adminFetch(`/admin/payouts/${payout.id}/retry`, { method: "POST", body: "{}" })
      load()
      return "Payout queued for another attempt"
    })
    setBusy(undefined)
  }

  const payouts = data?.payouts ?? []
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))
  const opened = payouts.find((p) => p.id === openId)

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h1">Payouts</Heading>
        <div className="w-48">
          <Select
            value={status}
            onValueChange={(s) => {
              setStatus(s)
              setPage(0)
            }}
          >
            <Select.Trigger>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {["all", ...PAYOUT_STATUSES].map((s) => (
                <Select.Item key={s} value={s}>
                  {s}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      <PayoutBalances balances={data?.balances ?? []} />
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Order</Table.HeaderCell>
            <Table.HeaderCell>Vendor</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Gross</Table.HeaderCell>
            <Table.HeaderCell>Commission</Table.HeaderCell>
            <Table.HeaderCell>Net</Table.HeaderCell>
            <Table.HeaderCell>Refunded</Table.HeaderCell>
            <Table.HeaderCell>Transfer</Table.HeaderCell>
            <Table.HeaderCell>Attempts</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {payouts.map((p) => (
            <Table.Row key={p.id} className="cursor-pointer" onClick={() => setOpenId(p.id)}>
              <Table.Cell>{p.order ? `#${p.order.display_id}` : p.order_id}</Table.Cell>
              <Table.Cell>{nameOf(vendors, p.vendor_id)}</Table.Cell>
              <Table.Cell>
                <PayoutStatus payout={p} />
              </Table.Cell>
              <Table.Cell>{money(p.gross_amount, p.currency_code)}</Table.Cell>
              <Table.Cell>{money(p.commission_amount, p.currency_code)}</Table.Cell>
              <Table.Cell>{money(p.net_amount, p.currency_code)}</Table.Cell>
              <Table.Cell>{Number(p.refunded_amount) ? money(p.refunded_amount, p.currency_code) : "—"}</Table.Cell>
              <Table.Cell className="max-w-[140px] truncate">{p.transfer_id ?? "—"}</Table.Cell>
              <Table.Cell>{p.attempts}</Table.Cell>
              <Table.Cell className="text-right">
                {p.status === "failed" && (
                  <Button
                    size="small"
                    variant="secondary"
                    isLoading={busy === p.id}
                    onClick={(e) => {
                      e.stopPropagation()
                      retry(p)
                    }}
                  >
                    Retry
                  </Button>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {data && !payouts.length && <Text className="px-6 py-4 text-ui-fg-subtle">No payouts with this status.</Text>}
      <Table.Pagination
        count={count}
        pageSize={PAGE_SIZE}
        pageIndex={page}
        pageCount={pageCount}
        canPreviousPage={page > 0}
        canNextPage={page + 1 < pageCount}
        previousPage={() => setPage((n) => n - 1)}
        nextPage={() => setPage((n) => n + 1)}
      />
      <PayoutDrawer id={openId} vendorName={opened ? nameOf(vendors, opened.vendor_id) : ""} onClose={() => setOpenId(null)} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Payouts", icon: CurrencyDollar })

export default PayoutsPage
