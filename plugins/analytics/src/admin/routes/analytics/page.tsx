import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"

type Summary = { currency_code: string; gmv: number; orders: number; average_order_value: number; refunds: number }
type TopProduct = { product_id: string; title: string | null; revenue: number; units: number }

async function get<T>(path: string): Promise<T> {
  const res = await fetch(path, { credentials: "include" })
  const body = await res.json()
  if (!res.ok) {
    throw new Error(body.message ?? `Request failed (${res.status})`)
  }
  return body
}

/** Platform analytics: GMV, orders, average order value, refunds and top products over the last 30 days. */
const AnalyticsPage = () => {
  const [summary, setSummary] = useState<Summary | null>(null)
  const [products, setProducts] = useState<TopProduct[]>([])
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    Promise.all([get<{ summary: Summary }>("/admin/analytics/summary"), get<{ products: TopProduct[] }>("/admin/analytics/top-products")])
      .then(([s, p]) => {
        setSummary(s.summary)
        setProducts(p.products)
      })
      .catch((e) => setError(e.message))
  }, [])

  const money = (x: number) => new Intl.NumberFormat(undefined, { style: "currency", currency: (summary?.currency_code ?? "usd").toUpperCase() }).format(x)

  return (
    <Container className="flex flex-col gap-y-4">
      <Heading>Analytics (last 30 days)</Heading>
      {error && <Text className="text-ui-fg-error">{error}</Text>}
      {summary && (
        <div className="grid grid-cols-4 gap-4">
          {[
            ["GMV", money(summary.gmv)],
            ["Orders", String(summary.orders)],
            ["Average order", money(summary.average_order_value)],
            ["Refunds", money(summary.refunds)],
          ].map(([label, value]) => (
            <div key={label} className="rounded-lg border p-4">
              <Text size="small" className="text-ui-fg-subtle">{label}</Text>
              <Text size="xlarge" weight="plus">{value}</Text>
            </div>
          ))}
        </div>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Product</Table.HeaderCell>
            <Table.HeaderCell>Units</Table.HeaderCell>
            <Table.HeaderCell>Revenue</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {products.map((p) => (
            <Table.Row key={p.product_id}>
              <Table.Cell>{p.title ?? p.product_id}</Table.Cell>
              <Table.Cell>{p.units}</Table.Cell>
              <Table.Cell>{money(p.revenue)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Analytics", icon: ChartBar })

export default AnalyticsPage
