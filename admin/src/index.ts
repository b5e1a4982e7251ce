import type { z } from "@medusajs/framework/zod"
import options from "./options"

/** The public API of @broadcart/admin: its options schema, as `pluginEntry` checks it. */
export { options }

/** The options as written in `medusa-config.ts`, before defaults apply. */
export type AdminPluginOptions = z.input<typeof options.schema>
