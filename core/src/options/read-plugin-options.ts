import type { z } from "@medusajs/framework/zod"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parseModuleOptions, type PluginOptionsDefinition } from "./plugin-options"

/** What can resolve the app's config: `req.scope`, a subscriber's, job's or step's `container`. */
type Scope = { resolve: (key: string) => unknown }

type PluginEntry = string | { resolve: string; options?: Record<string, unknown> }

const parsed = new WeakMap<object, Map<string, unknown>>()

/**
 * A plugin's validated options, as registered in the app's `medusa-config.ts`, with defaults
 * applied. One call for a route (`req.scope`), a subscriber, a job or a workflow step
 * (`container`); parsed once per app config.
 */
export function readPluginOptions<S extends z.ZodType>(scope: Scope, definition: PluginOptionsDefinition<S>): z.output<S> {
  const config = scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE) as { plugins?: PluginEntry[] }
  let cache = parsed.get(config)
  if (!cache) {
    cache = new Map()
    parsed.set(config, cache)
  }
  if (!cache.has(definition.plugin)) {
    const entry = (config.plugins ?? []).find((p) => (typeof p === "string" ? p : p.resolve) === definition.plugin)
    if (!entry) {
      throw new Error(`Plugin ${definition.plugin} is not registered in medusa-config.ts`)
    }
    // Medusa adds its own keys (database, …) to the registered options of a plugin with modules.
    cache.set(definition.plugin, parseModuleOptions(definition, typeof entry === "string" ? {} : (entry.options ?? {})))
  }
  return cache.get(definition.plugin) as z.output<S>
}
