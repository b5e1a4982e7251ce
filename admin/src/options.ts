import { z } from "@medusajs/framework/zod"
import { definePluginOptions } from "@broadcart/core/options"

/** Options of the platform's own admin extensions. */
export default definePluginOptions(
  "@broadcart/admin",
  z
    .object({
      storefrontUrl: z.url().optional().describe("Public storefront address, used for 'view in store' links"),
    })
    .strict()
)
