import { publicStreamFields } from "../../store/live-streams/query-config"

/** What the vendor sees of its own streams, besides what anyone sees (never the key itself). */
export const vendorStreamFields = [...publicStreamFields, "stream_key_hint", "metadata", "products.product_id", "products.position", "products.pinned_at"]

/** A vendor's stream, as answered after it is created. */
export const retrieveVendorStreamQueryConfig = { defaults: vendorStreamFields, isList: false }
