import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Text, usePrompt } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { useQueryClient } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { adminFetch, runWithToast } from "@broadcart/core/admin"

type Group = {
  id: string
  total: number
  currency_code: string
  payment_collection?: { status: string; amount: number; captured_amount?: number; refunded_amount?: number } | null
  orders: { id: string; display_id: number; status: string; total: number; vendor?: { name: string } | null }[]
}

const money = (amount: number | undefined, currency: string) =>
  new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() }).format(amount ?? 0)

/**
 * The split checkout an order belongs to: its one payment (with a capture button for every live
 * order at once; Medusa's own payment section captures this order only) and the other vendors'
 * orders bought with it.
 */
const OrderGroupWidget = ({ data }: DetailWidgetProps<AdminOrder>) => {
  const [group, setGroup] = useState<Group | null>()
  const [busy, setBusy] = useState(false)
  const prompt = usePrompt()
  const queryClient = useQueryClient()

  const load = useCallback(async () => {
    const body = await adminFetch<{ order: { order_group?: { id: string } | null } }>(`/admin/orders/${data.id}?fields=id,order_group.id`)
    const id = body.order.order_group?.id
    setGroup(id ? (await adminFetch<{ order_group: Group }>(`/admin/order-groups/${id}`)).order_group : null)
  }, [data.id])

  useEffect(() => {
    load().catch(() => setGroup(null))
  }, [load])

  if (!group) {
    return null
  }
  const pc = group.payment_collection
  const capture = async () => {
    const owed = group.total - (pc?.captured_amount ?? 0)
    const confirmed = await prompt({
      title: "Capture payment?",
      description: `This charges the customer up to ${money(owed, group.currency_code)} for the ${group.orders.length} orders of this checkout that are not canceled. It cannot be undone, only refunded.`,
      confirmText: "Capture",
      cancelText: "Cancel",
    })
    if (!confirmed) {
      return
    }
    setBusy(true)
    await runWithToast(async () => {
      const res = await adminFetch<{ captured_amount: number }>(`/admin/order-groups/${group.id}/capture`, { method: "POST" })
      await load()
      // Medusa's own sections of the page (status badge, payments, paid total) read the order anew.
      await queryClient.invalidateQueries({ queryKey: ["orders"] })
      return `Captured ${money(res.captured_amount, group.currency_code)}`
    })
    setBusy(false)
  }

  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4">
      <div className="flex items-center justify-between">
        <Heading level="h2">Checkout</Heading>
        {pc && <Badge size="2xsmall">{pc.status}</Badge>}
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        Paid once for {group.orders.length} vendor orders: {money(group.total, group.currency_code)}, captured {money(pc?.captured_amount, group.currency_code)}
        , refunded {money(pc?.refunded_amount, group.currency_code)}
      </Text>
      <ul className="flex flex-col gap-y-1">
        {group.orders.map((o) => (
          <li key={o.id} className="flex justify-between txt-compact-small">
            <Link to={`/orders/${o.id}`} className={o.id === data.id ? "font-medium" : "text-ui-fg-interactive"}>
              #{o.display_id} · {o.vendor?.name ?? "Marketplace"}
            </Link>
            <span className="text-ui-fg-subtle">
              {o.status} · {money(o.total, group.currency_code)}
            </span>
          </li>
        ))}
      </ul>
      {pc?.status === "authorized" && (
        <Button size="small" variant="secondary" isLoading={busy} onClick={capture}>
          Capture payment
        </Button>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderGroupWidget
