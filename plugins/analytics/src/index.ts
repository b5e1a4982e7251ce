import type { z } from "@medusajs/framework/zod"
import options from "./options"

/** The public API of @broadcart/plugin-analytics: its options schema, as `pluginEntry` checks it. */
export { options }

/** The options as written in `medusa-config.ts`, before defaults apply. */
export type AnalyticsPluginOptions = z.input<typeof options.schema>
