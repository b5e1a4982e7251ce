import { Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { money } from "@broadcart/core/admin"
import { count, percent, useAdminGet } from "../lib/api"
import type { ConversionSource } from "../lib/types"
import { LoadState } from "./load-state"
import { Segmented } from "./segmented"

const KINDS = [
  { value: "stream", label: "By stream" },
  { value: "video", label: "By video" },
] as const

/** Orders, GMV, views and conversion (orders per view) for each stream or video sold from. */
export const ConversionTable = ({ query }: { query: string | null }) => {
  const [kind, setKind] = useState<ConversionSource["kind"]>("stream")
  const state = useAdminGet<{ currency_code: string; sources: ConversionSource[] }>(query && `/admin/analytics/conversion?${query}&kind=${kind}`)
  return (
    <div>
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Conversion</Heading>
        <Segmented options={KINDS} value={kind} onChange={setKind} />
      </div>
      <LoadState state={state} className="h-40">
        {({ currency_code, sources }) =>
          sources.length ? (
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{kind === "stream" ? "Stream" : "Video"}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Views</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Orders</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">GMV</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Conversion</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {sources.map((s) => (
                  <Table.Row key={s.source}>
                    <Table.Cell className="max-w-[240px] truncate font-mono">{s.id}</Table.Cell>
                    <Table.Cell className="text-right">{count(s.views)}</Table.Cell>
                    <Table.Cell className="text-right">{count(s.orders)}</Table.Cell>
                    <Table.Cell className="text-right">{money(s.gmv, currency_code)}</Table.Cell>
                    <Table.Cell className="text-right">{percent(s.views ? s.orders / s.views : s.conversion)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          ) : (
            <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
              No {kind === "stream" ? "stream" : "video"} sales in this range.
            </Text>
          )
        }
      </LoadState>
    </div>
  )
}
