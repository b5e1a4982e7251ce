import type { z } from "@medusajs/framework/zod"
import options from "./options"

/** The public API of @broadcart/plugin-live-streaming: options, events and the workflows others may run. */
export { options }
export * from "./events"
export * from "./workflows/save-live-stream"
export * from "./workflows/pin-live-stream-product"

/** The options as written in `medusa-config.ts`, before defaults apply. */
export type LiveStreamingPluginOptions = z.input<typeof options.schema>
