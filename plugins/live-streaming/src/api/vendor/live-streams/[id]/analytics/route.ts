import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "@broadcart/core/contracts/marketplace"
import type TimeSeriesModuleService from "@broadcart/time-series/service"
import { ownStream } from "../../helpers"

/**
 * How a stream did: peak and average viewers, unique viewers, chat messages, and the orders and
 * GMV credited to it (lines added from the stream), in `currency` (default usd).
 */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { stream } = await ownStream(req)
  const currency = String((req.query as any).currency ?? "usd").toLowerCase()
  if (!/^[a-z]{3}$/.test(currency)) {
    return res.status(400).json({ type: "invalid_data", message: "Field 'currency' must be a 3-letter currency code" })
  }
  const ts = req.scope.resolve("timeSeries") as TimeSeriesModuleService
  const entity = `stream:${stream.id}`
  const range = {
    from: new Date(stream.started_at ?? stream.created_at),
    to: new Date((stream.ended_at ? new Date(stream.ended_at).getTime() : Date.now()) + 60_000),
  }
  const [viewers, orders, gmv, counters] = await Promise.all([
    ts.points({ entity, metric: "viewers", ...range }),
    ts.points({ entity, metric: `orders.${currency}`, ...range }),
    ts.points({ entity, metric: `gmv.${currency}`, ...range }),
    ts.counters(entity),
  ])
  const average = viewers.length ? viewers.reduce((s, p) => s + p.value, 0) / viewers.length : 0
  res.json({
    analytics: {
      stream_id: stream.id,
      status: stream.status,
      peak_viewers: Math.max(stream.peak_viewers, ...viewers.map((p) => p.value)),
      average_viewers: Math.round(average * 10) / 10,
      unique_viewers: counters.unique_viewers ?? 0,
      chat_messages: counters.chat_messages ?? 0,
      currency_code: currency,
      orders: orders.length,
      gmv: Math.round(gmv.reduce((s, p) => s + p.value, 0) * 100) / 100,
    },
  })
}
