import { z } from "@medusajs/framework/zod"
import { definePluginOptions } from "@broadcart/core/options"

/** Options of the __Title__ plugin, validated once at startup by pluginEntry in medusa-config.ts. */
export default definePluginOptions(
  "@broadcart/plugin-__name__",
  z
    .object({
      maxItems: z.number().int().min(1).default(1000).describe("Items the store may hold; adding one more answers 400"),
      warnAtPercent: z.number().int().min(1).max(100).default(90).describe("How full the store is when the daily job warns"),
    })
    .strict()
)
