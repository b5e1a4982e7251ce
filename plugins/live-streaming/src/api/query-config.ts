/** Stream fields anyone may see. */
export const publicStreamFields = [
  "id", "vendor_id", "title", "description", "cover_image", "status", "scheduled_at", "started_at", "ended_at",
  "peak_viewers", "current_viewers", "has_replay", "created_at",
]

/** Plus what the vendor sees of its own streams (never the key itself). */
export const vendorStreamFields = [...publicStreamFields, "stream_key_hint", "metadata", "products.product_id", "products.position", "products.pinned_at"]
