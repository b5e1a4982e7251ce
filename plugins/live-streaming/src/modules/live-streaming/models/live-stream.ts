import { model } from "@medusajs/framework/utils"

// Both models of the module sit in this file: each refers to the other, and two files would import each other.

/**
 * A vendor's live show: scheduled, live, then ended with a replay (or cancelled). While its encoder is
 * away (dropped, or the server restarted) it is interrupted, and live again if the encoder returns in time.
 */
export const LiveStream = model
  .define("live_stream", {
    id: model.id({ prefix: "lstr" }).primaryKey(),
    vendor_id: model.text(),
    title: model.text().searchable(),
    description: model.text().nullable(),
    cover_image: model.text().nullable(),
    status: model.enum(["scheduled", "live", "interrupted", "ended", "cancelled"]).default("scheduled"),
    scheduled_at: model.dateTime().nullable(),
    started_at: model.dateTime().nullable(),
    ended_at: model.dateTime().nullable(),
    // sha256 of the stream key; the key itself is shown to the vendor once.
    stream_key_hash: model.text(),
    // Last four characters, so the vendor can tell which key is current.
    stream_key_hint: model.text(),
    peak_viewers: model.number().default(0),
    current_viewers: model.number().default(0),
    // A replay (VOD HLS) was recorded and is still kept.
    has_replay: model.boolean().default(false),
    metadata: model.json().nullable(),
    products: model.hasMany(() => LiveStreamProduct, { mappedBy: "stream" }),
  })
  .cascades({ delete: ["products"] })
  .indexes([{ on: ["vendor_id"] }, { on: ["status", "scheduled_at"] }])

/** A product featured in a stream; the host pins one at a time. */
export const LiveStreamProduct = model
  .define("live_stream_product", {
    id: model.id({ prefix: "lsprod" }).primaryKey(),
    stream: model.belongsTo(() => LiveStream, { mappedBy: "products" }),
    product_id: model.text(),
    position: model.number().default(0),
    pinned_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["stream_id", "product_id"], unique: true }])
