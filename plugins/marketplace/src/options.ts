import { z } from "@medusajs/framework/zod"
import { definePluginOptions } from "@broadcart/core/options"

/** Options of the marketplace plugin. */
export default definePluginOptions(
  "@broadcart/plugin-marketplace",
  z
    .object({
      autoApproveVendors: z.boolean().default(false).describe("Make new vendors active at once instead of pending admin approval"),
      vendorCors: z
        .string()
        .default("http://localhost:8000,http://localhost:9000,http://localhost:5173")
        .describe("Origins allowed to call /vendor/* from a browser, comma-separated"),
      inviteTtlHours: z.number().int().positive().default(72).describe("How long a team invitation stays valid"),
    })
    .strict()
)
