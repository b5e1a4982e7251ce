/** How analytics names its series in the time-series store. */
export const Entity = {
  platform: "platform",
  vendor: (id: string) => `vendor:${id}`,
  product: (id: string) => `product:${id}`,
  stream: (id: string) => `stream:${id}`,
  video: (id: string) => `video:${id}`,
}

/** Metric names; money metrics carry their currency, since amounts of two currencies never add up. */
export const Metric = {
  gmv: (currency: string) => `gmv.${currency.toLowerCase()}`,
  refunds: (currency: string) => `refunds.${currency.toLowerCase()}`,
  orders: (currency: string) => `orders.${currency.toLowerCase()}`,
  /** Per product of an entity, with dims { product_id, currency }: revenue, and units in `units`. */
  productSales: "product_sales",
  /** Per source (stream or video) of an entity, with dims { source, kind }. */
  sourceViews: "source_views",
  sourceOrders: "source_orders",
  viewers: "viewers",
  chatMessages: "chat_messages",
  views: "views",
  addToCart: "add_to_cart",
  likes: "likes",
  watchSeconds: "watch_seconds",
}

/** Where a line was sold from, read from its metadata (set when it was added from a stream or video). */
export function sourceOf(metadata: Record<string, unknown> | null | undefined): { kind: "stream" | "video"; id: string } | null {
  const stream = metadata?.stream_id
  const video = metadata?.video_id
  if (typeof stream === "string" && stream) {
    return { kind: "stream", id: stream }
  }
  if (typeof video === "string" && video) {
    return { kind: "video", id: video }
  }
  return null
}
