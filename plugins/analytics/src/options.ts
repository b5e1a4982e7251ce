import { z } from "@medusajs/framework/zod"
import { definePluginOptions } from "@broadcart/core/options"

/** Options of the analytics plugin. */
export default definePluginOptions(
  "@broadcart/plugin-analytics",
  z
    .object({
      storefrontEventsLimit: z
        .string()
        .regex(/^\d+\/\d*[smhd]$/, "expected count/window such as 120/1m")
        .default("120/1m")
        .describe("Storefront event posts allowed per client IP"),
      maxEventsPerPost: z.number().int().min(1).max(500).default(50).describe("Events one POST /store/analytics/events may carry"),
    })
    .strict()
)
