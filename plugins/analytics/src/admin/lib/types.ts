/** Metrics the series endpoint can chart. */
export type SeriesMetric = "gmv" | "orders" | "refunds"

/** Bucket widths the dashboard asks for (minute is left to narrower tools). */
export type Bucket = "hour" | "day"

/** GET /admin/analytics/summary */
export type Summary = { currency_code: string; gmv: number; orders: number; average_order_value: number; refunds: number }

/** One bucket of a series as the API returns it; empty buckets are absent. */
export type SeriesBucket = { ts: string; value: number; count: number }

/** GET /admin/analytics/series */
export type SeriesResponse = { metric: SeriesMetric; currency_code: string; bucket: Bucket; series: SeriesBucket[] }

/** One row of GET /admin/analytics/top-products */
export type TopProduct = { product_id: string; title: string | null; thumbnail: string | null; revenue: number; units: number; orders: number }

/** One row of GET /admin/analytics/conversion */
export type ConversionSource = { source: string; kind: "stream" | "video"; id: string; orders: number; gmv: number; views: number; conversion: number | null }
