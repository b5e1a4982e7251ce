import { Photo } from "@medusajs/icons"
import { Heading, Table, Text } from "@medusajs/ui"
import { money } from "@broadcart/core/admin"
import { count, useAdminGet } from "../lib/api"
import type { TopProduct } from "../lib/types"
import { LoadState } from "./load-state"

const Thumbnail = ({ src }: { src: string | null }) => (
  <div className="flex h-8 w-6 items-center justify-center overflow-hidden rounded border bg-ui-bg-component">
    {src ? <img src={src} alt="" className="h-full w-full object-cover" /> : <Photo className="text-ui-fg-subtle" />}
  </div>
)

/** The ten best-selling products by revenue in the selected range, currency and scope. */
export const TopProductsTable = ({ query }: { query: string | null }) => {
  const state = useAdminGet<{ currency_code: string; products: TopProduct[] }>(query && `/admin/analytics/top-products?${query}&limit=10`)
  return (
    <div>
      <Heading level="h2" className="px-6 py-4">
        Top products
      </Heading>
      <LoadState state={state} className="h-40">
        {({ currency_code, products }) =>
          products.length ? (
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Product</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Units</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Orders</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Revenue</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {products.map((p) => (
                  <Table.Row key={p.product_id}>
                    <Table.Cell>
                      <div className="flex items-center gap-x-3">
                        <Thumbnail src={p.thumbnail} />
                        <span className="truncate">{p.title ?? p.product_id}</span>
                      </div>
                    </Table.Cell>
                    <Table.Cell className="text-right">{count(p.units)}</Table.Cell>
                    <Table.Cell className="text-right">{count(p.orders)}</Table.Cell>
                    <Table.Cell className="text-right">{money(p.revenue, currency_code)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          ) : (
            <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
              No product sales in this range.
            </Text>
          )
        }
      </LoadState>
    </div>
  )
}
