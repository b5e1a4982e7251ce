import { z } from "@medusajs/framework/zod"

/** A plugin's declared options: its package name and the zod schema they must satisfy. */
export type PluginOptionsDefinition<S extends z.ZodType = z.ZodType> = {
  plugin: string
  schema: S
}

/** A plugin entry for `medusa-config.ts`, with options already validated. */
export type ValidatedPluginEntry<T = Record<string, unknown>> = {
  resolve: string
  options: T
}

/** Thrown when a plugin's options do not match its schema; names the plugin and each field. */
export class PluginOptionsError extends Error {
  constructor(
    readonly plugin: string,
    readonly issues: { field: string; message: string }[]
  ) {
    super(
      `Invalid options for plugin ${plugin}: ` +
        issues.map((i) => `option "${i.field}": ${i.message}`).join("; ")
    )
    this.name = "PluginOptionsError"
  }
}

/** Declares a plugin's options schema. Export it as the default of the plugin's `src/options.ts`. */
export function definePluginOptions<S extends z.ZodType>(
  plugin: string,
  schema: S
): PluginOptionsDefinition<S> {
  return { plugin, schema }
}

/** Validates raw options, applying defaults, or throws a PluginOptionsError. */
export function parsePluginOptions<S extends z.ZodType>(
  definition: PluginOptionsDefinition<S>,
  raw: unknown
): z.output<S> {
  const result = definition.schema.safeParse(raw ?? {})
  if (result.success) {
    return result.data
  }
  throw new PluginOptionsError(
    definition.plugin,
    result.error.issues.map((issue) => ({
      field: issue.path.length ? issue.path.join(".") : "(options)",
      message: issue.message,
    }))
  )
}

/** Loads the options definition a plugin exports at `<plugin>/options`, if it has one. */
export function loadPluginOptionsDefinition(
  plugin: string,
  from: string = process.cwd()
): PluginOptionsDefinition | undefined {
  let path: string
  try {
    path = require.resolve(`${plugin}/options`, { paths: [from] })
  } catch {
    return undefined
  }
  const mod = require(path)
  const definition = mod.default ?? mod.options
  if (!definition?.schema || typeof definition.schema.safeParse !== "function") {
    throw new Error(
      `${plugin}/options must default-export definePluginOptions(...); it exports ${Object.keys(mod).join(", ") || "nothing"}`
    )
  }
  return definition
}

/**
 * A `medusa-config.ts` plugin entry whose options are checked against the schema the plugin
 * declares, so a bad value stops startup with a message naming the plugin and the field.
 */
export function pluginEntry<T = Record<string, unknown>>(
  resolve: string,
  options: Record<string, unknown> = {},
  from: string = process.cwd()
): ValidatedPluginEntry<T> {
  const definition = loadPluginOptionsDefinition(resolve, from)
  if (!definition) {
    throw new Error(
      `Plugin ${resolve} declares no options schema (${resolve}/options). Is it installed and built?`
    )
  }
  return { resolve, options: parsePluginOptions(definition, options) as T }
}

/** JSON Schema of a plugin's options, for rendering settings forms in the admin. */
export function describePluginOptions(definition: PluginOptionsDefinition) {
  return z.toJSONSchema(definition.schema, { io: "input", unrepresentable: "any" })
}

/** Options with every field marked `.meta({ secret: true })` replaced, safe to show in the admin. */
export function redactPluginOptions(
  definition: PluginOptionsDefinition,
  options: Record<string, unknown>
): Record<string, unknown> {
  const properties = (describePluginOptions(definition) as any).properties ?? {}
  return Object.fromEntries(
    Object.entries(options ?? {}).map(([key, value]) => [
      key,
      properties[key]?.secret && value !== undefined ? "********" : value,
    ])
  )
}

/**
 * Validates the plugin options a module receives. Medusa adds its own keys (database, …) to
 * module options, so only the keys the schema declares are checked.
 */
export function parseModuleOptions<S extends z.ZodType>(
  definition: PluginOptionsDefinition<S>,
  moduleOptions: Record<string, unknown> = {}
): z.output<S> {
  const shape = (definition.schema as unknown as { shape?: Record<string, unknown> }).shape
  const declared = shape
    ? Object.fromEntries(Object.entries(moduleOptions).filter(([key]) => key in shape))
    : moduleOptions
  return parsePluginOptions(definition, declared)
}
