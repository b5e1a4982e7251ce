import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { ConversionTable } from "../../components/conversion-table"
import { DashboardControls, PLATFORM } from "../../components/dashboard-controls"
import { SeriesPanel } from "../../components/series-panel"
import { SummaryCards } from "../../components/summary-cards"
import { TopProductsTable } from "../../components/top-products-table"
import { useCurrencies, useVendors } from "../../lib/lookups"
import { rangeFor, rangeQuery, type Preset } from "../../lib/range"

/** Analytics dashboard: GMV, orders, refunds, top products and stream/video conversion for the platform or one vendor. */
const AnalyticsPage = () => {
  const [range, setRange] = useState(() => rangeFor("30d"))
  const [currency, setCurrency] = useState<string>()
  const [scope, setScope] = useState(PLATFORM)
  const vendors = useVendors()
  const currencies = useCurrencies()

  const code = currency ?? currencies.defaultCode
  // Wait for the store's default currency so the first load is not thrown away.
  const query = currencies.loaded ? rangeQuery(range, code, scope === PLATFORM ? undefined : scope) : null

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
          <div>
            <Heading level="h1">Analytics</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {range.from.toLocaleString()} – {range.to.toLocaleString()}
            </Text>
          </div>
          <DashboardControls
            preset={range.preset}
            onPreset={(p: Preset) => setRange(rangeFor(p))}
            currency={code}
            currencies={currencies.codes}
            onCurrency={setCurrency}
            scope={scope}
            vendors={vendors}
            onScope={setScope}
            onRefresh={() => setRange(rangeFor(range.preset))}
          />
        </div>
        <SummaryCards query={query} />
      </Container>
      <Container className="p-0">
        <SeriesPanel query={query} range={range} />
      </Container>
      <Container className="p-0">
        <TopProductsTable query={query} />
      </Container>
      <Container className="p-0">
        <ConversionTable query={query} />
      </Container>
      <Text size="xsmall" className="px-1 text-ui-fg-muted">
        Hourly and daily figures are rolled up every 5 minutes.
      </Text>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Analytics", icon: ChartBar })

export default AnalyticsPage
