import type TimeSeriesModuleService from "@broadcart/time-series/service"
import { Entity, Metric } from "./names"

export type Range = { from: Date; to: Date }

const round2 = (x: number) => Math.round(x * 100) / 100

/** GMV, orders, average order value and refunds of an entity over a range, from hourly roll-ups. */
export async function summary(ts: TimeSeriesModuleService, entity: string, currency: string, range: Range) {
  const total = async (metric: string) => (await ts.series({ entity, metric, bucket: "hour", ...range })).reduce((sum, b) => sum + b.sum, 0)
  const [gmv, orders, refunds] = await Promise.all([total(Metric.gmv(currency)), total(Metric.orders(currency)), total(Metric.refunds(currency))])
  return { currency_code: currency, gmv: round2(gmv), orders, average_order_value: orders ? round2(gmv / orders) : 0, refunds: round2(refunds) }
}

/** One metric of an entity as a series of buckets. */
export async function series(ts: TimeSeriesModuleService, entity: string, metric: string, bucket: "minute" | "hour" | "day", range: Range) {
  const rows = await ts.series({ entity, metric, bucket, ...range })
  return rows.map((r) => ({ ts: r.ts.toISOString(), value: round2(r.sum), count: r.count }))
}

/** Best-selling products of an entity by revenue in one currency. */
export async function topProducts(ts: TimeSeriesModuleService, entity: string, currency: string, range: Range, limit: number) {
  const sales = await ts.points({ entity, metric: Metric.productSales, ...range })
  const byProduct = new Map<string, { product_id: string; revenue: number; units: number; orders: number }>()
  for (const p of sales) {
    if (p.dims?.currency !== currency || !p.dims?.product_id) {
      continue
    }
    const row = byProduct.get(p.dims.product_id) ?? { product_id: p.dims.product_id, revenue: 0, units: 0, orders: 0 }
    row.revenue += p.value
    row.units += Number(p.dims.units ?? 0)
    row.orders += 1
    byProduct.set(p.dims.product_id, row)
  }
  return [...byProduct.values()]
    .sort((a, b) => b.revenue - a.revenue)
    .slice(0, limit)
    .map((r) => ({ ...r, revenue: round2(r.revenue) }))
}

/** Orders, GMV, views and conversion for each stream or video an entity sold from. */
export async function conversionBySource(ts: TimeSeriesModuleService, entity: string, currency: string, range: Range, kind?: "stream" | "video") {
  const sold = await ts.points({ entity, metric: Metric.sourceOrders, ...range })
  const bySource = new Map<string, { source: string; kind: string; id: string; orders: number; gmv: number; views: number }>()
  for (const p of sold) {
    const source = p.dims?.source
    if (!source || p.dims?.currency !== currency || (kind && p.dims?.kind !== kind)) {
      continue
    }
    const [k, ...rest] = source.split(":")
    const row = bySource.get(source) ?? { source, kind: k, id: rest.join(":"), orders: 0, gmv: 0, views: 0 }
    row.orders += 1
    row.gmv += p.value
    bySource.set(source, row)
  }
  const rows = [...bySource.values()].sort((a, b) => b.gmv - a.gmv).slice(0, 50)
  await Promise.all(
    rows.map(async (row) => {
      const target = row.kind === "stream" ? Entity.stream(row.id) : Entity.video(row.id)
      row.views = (await ts.points({ entity: target, metric: Metric.views, ...range })).length
    })
  )
  return rows.map((r) => ({ ...r, gmv: round2(r.gmv), conversion: r.views ? round2(r.orders / r.views) : null }))
}
