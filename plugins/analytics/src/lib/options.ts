import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parsePluginOptions } from "@broadcart/core/options"
import definition from "../options"

export type AnalyticsOptions = ReturnType<typeof definition.schema.parse>

let cached: AnalyticsOptions | undefined

/** The plugin's options as configured in medusa-config (validated there at startup). */
export function analyticsOptions(scope: { resolve: (key: string) => any }): AnalyticsOptions {
  if (!cached) {
    const config = scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
    const entry = (config.plugins ?? []).find((p: any) => (typeof p === "string" ? p : p.resolve) === definition.plugin)
    cached = parsePluginOptions(definition, typeof entry === "object" ? entry.options : {})
  }
  return cached
}
