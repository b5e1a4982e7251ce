import { model } from "@medusajs/framework/utils"
import { LiveStream } from "./live-stream"

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
