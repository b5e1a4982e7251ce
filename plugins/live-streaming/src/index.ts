import type { z } from "@medusajs/framework/zod"
import options from "./options"

/** The public API of @broadcart/plugin-live-streaming: options, module name, events and the workflows others may run. */
export { options }
export { LIVE_STREAMING_MODULE } from "./modules/live-streaming"
export * from "./events"
export * from "./workflows"

/** The options as written in `medusa-config.ts`, before defaults apply. */
export type LiveStreamingPluginOptions = z.input<typeof options.schema>
