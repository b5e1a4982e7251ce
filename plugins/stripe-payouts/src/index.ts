import type { z } from "@medusajs/framework/zod"
import options from "./options"

/** The public API of @broadcart/plugin-stripe-payouts: options and the workflows others may run. */
export { options }
export * from "./workflows"

/** The options as written in `medusa-config.ts`, before defaults apply. */
export type StripePayoutsPluginOptions = z.input<typeof options.schema>
