import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { describePluginOptions, loadPluginOptionsDefinition, redactPluginOptions } from "@broadcart/core/options"

type PluginConfig = string | { resolve: string; options?: Record<string, unknown> }

function versionOf(name: string): string | undefined {
  try {
    return require(require.resolve(`${name}/package.json`, { paths: [process.cwd()] })).version
  } catch {
    return undefined
  }
}

/** Lists the loaded plugins that declare options, with their schema and redacted values. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const config = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const entries = (config.plugins as PluginConfig[]).map((p) => (typeof p === "string" ? { resolve: p, options: {} } : p))
  const plugins = entries.flatMap(({ resolve, options }) => {
    const definition = loadPluginOptionsDefinition(resolve)
    if (!definition) {
      return []
    }
    return [
      {
        name: resolve,
        version: versionOf(resolve),
        options_schema: describePluginOptions(definition),
        options: redactPluginOptions(definition, options ?? {}),
      },
    ]
  })
  res.json({ plugins, count: plugins.length })
}
