import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { retrieveVendor } from "@broadcart/plugin-marketplace"
import { Entity, Metric } from "../../../providers/time-series/names"
import { conversionBySource, series, summary, topProducts } from "../../../providers/time-series/queries"
import { timeSeries } from "../../../providers/time-series"

type Query = {
  from: Date
  to: Date
  currency: string
  vendor_id?: string
  metric?: "gmv" | "orders" | "refunds"
  bucket?: "minute" | "hour" | "day"
  limit?: number
  kind?: "stream" | "video"
}
/** Whose figures a request reads: the platform, or one vendor. */
export type EntityOf = (req: MedusaRequest, query: Query) => Promise<string>

/** Admin scope: the platform, or one vendor when `vendor_id` is given (404 if there is no such vendor). */
export const adminEntity: EntityOf = async (req, query) => {
  if (!query.vendor_id) {
    return Entity.platform
  }
  await retrieveVendor(req.scope, query.vendor_id, ["id"])
  return Entity.vendor(query.vendor_id)
}

const metricName = (q: Query) =>
  q.metric === "orders" ? Metric.orders(q.currency) : q.metric === "refunds" ? Metric.refunds(q.currency) : Metric.gmv(q.currency)
const rangeOf = (q: Query) => ({ from: q.from, to: q.to })

/** Route handlers shared by /admin/analytics and /vendor/analytics, differing only in scope. */
export const analyticsHandlers = (entityOf: EntityOf) => ({
  summary: async (req: MedusaRequest, res: MedusaResponse) => {
    const q = req.validatedQuery as unknown as Query
    res.json({ summary: await summary(timeSeries(req.scope), await entityOf(req, q), q.currency, rangeOf(q)) })
  },
  series: async (req: MedusaRequest, res: MedusaResponse) => {
    const q = req.validatedQuery as unknown as Query
    if (q.bucket === "minute" && q.to.getTime() - q.from.getTime() > 2 * 86_400_000) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Field 'bucket' minute allows a range of at most 2 days")
    }
    const points = await series(timeSeries(req.scope), await entityOf(req, q), metricName(q), q.bucket!, rangeOf(q))
    res.json({ metric: q.metric, currency_code: q.currency, bucket: q.bucket, series: points })
  },
  topProducts: async (req: MedusaRequest, res: MedusaResponse) => {
    const q = req.validatedQuery as unknown as Query
    const rows = await topProducts(timeSeries(req.scope), await entityOf(req, q), q.currency, rangeOf(q), q.limit ?? 10)
    const ids = rows.map((r) => r.product_id)
    const { data: products } = ids.length
      ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id", "title", "thumbnail"], filters: { id: ids } })
      : { data: [] as any[] }
    const byId = new Map(products.map((p: any) => [p.id, p]))
    res.json({
      currency_code: q.currency,
      products: rows.map((r) => ({ ...r, title: byId.get(r.product_id)?.title ?? null, thumbnail: byId.get(r.product_id)?.thumbnail ?? null })),
    })
  },
  conversion: async (req: MedusaRequest, res: MedusaResponse) => {
    const q = req.validatedQuery as unknown as Query
    res.json({ currency_code: q.currency, sources: await conversionBySource(timeSeries(req.scope), await entityOf(req, q), q.currency, rangeOf(q), q.kind) })
  },
})
