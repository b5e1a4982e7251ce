import { z } from "@medusajs/framework/zod"
import { findManifest, requireSupportedVersions } from "../compat"

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
    super(`Invalid options for plugin ${plugin}: ` + issues.map((i) => `option "${i.field}": ${i.message}`).join("; "))
    this.name = "PluginOptionsError"
  }
}

/** Declares a plugin's options schema. Export it as the default of the plugin's `src/options.ts`. */
export function definePluginOptions<S extends z.ZodType>(plugin: string, schema: S): PluginOptionsDefinition<S> {
  return { plugin, schema }
}

/** Validates raw options, applying defaults, or throws a PluginOptionsError. */
export function parsePluginOptions<S extends z.ZodType>(definition: PluginOptionsDefinition<S>, raw: unknown): z.output<S> {
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
export function loadPluginOptionsDefinition(plugin: string, from: string = process.cwd()): PluginOptionsDefinition | undefined {
  let path: string
  try {
    path = require.resolve(`${plugin}/options`, { paths: [from] })
  } catch {
    return undefined
  }
  const mod = require(path)
  const definition = mod.default ?? mod.options
  if (!definition?.schema || typeof definition.schema.safeParse !== "function") {
    throw new Error(`${plugin}/options must default-export definePluginOptions(...); it exports ${Object.keys(mod).join(", ") || "nothing"}`)
  }
  return definition
}

/**
 * A `medusa-config.ts` plugin entry whose options are checked against the schema the plugin
 * declares, so a bad value stops startup with a message naming the plugin and the field. A
 * plugin that does not support the installed Medusa or `@broadcart/core` stops it first.
 */
export function pluginEntry<T = Record<string, unknown>>(
  resolve: string,
  options: Record<string, unknown> = {},
  from: string = process.cwd()
): ValidatedPluginEntry<T> {
  // A plugin that is not installed has no versions to check: the options check below names it.
  if (findManifest(resolve, from)) {
    requireSupportedVersions(resolve, from)
  }
  const definition = loadPluginOptionsDefinition(resolve, from)
  if (!definition) {
    throw new Error(`Plugin ${resolve} declares no options schema (${resolve}/options). Is it installed and built?`)
  }
  return { resolve, options: parsePluginOptions(definition, options) as T }
}

/** JSON Schema of a plugin's options, for rendering settings forms in the admin. */
export function describePluginOptions(definition: PluginOptionsDefinition) {
  return z.toJSONSchema(definition.schema, { io: "input", unrepresentable: "any" })
}

type JsonSchema = {
  secret?: boolean
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  additionalProperties?: JsonSchema | boolean
  items?: JsonSchema
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  $ref?: string
  $defs?: Record<string, JsonSchema>
}

const REDACTED = "********"

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value)

/** The JSON type of a value, as a schema names it. */
const jsonTypeOf = (value: unknown) => (Array.isArray(value) ? "array" : value === null ? "null" : typeof value === "number" ? "number" : typeof value)

/** Keeps what `schema` declares of `value`; `undefined` for anything it does not declare. */
function declaredPart(root: JsonSchema, schema: JsonSchema | boolean | undefined, value: unknown): unknown {
  if (value === undefined || schema === undefined || schema === false) {
    return undefined
  }
  if (schema === true) {
    return isPlainObject(value) || Array.isArray(value) ? undefined : value
  }
  if (schema.$ref?.startsWith("#/$defs/")) {
    return declaredPart(root, root.$defs?.[schema.$ref.slice("#/$defs/".length)], value)
  }
  if (schema.secret) {
    return REDACTED
  }
  const branches = schema.anyOf ?? schema.oneOf
  if (branches) {
    const type = jsonTypeOf(value)
    const fitting = branches.filter((b) => {
      const types = [b.type ?? []].flat()
      return !types.length || types.includes(type) || (type === "number" && types.includes("integer"))
    })
    return fitting.some((b) => b.secret) ? REDACTED : declaredPart(root, fitting[0], value)
  }
  if (Array.isArray(value)) {
    return schema.items ? value.map((item) => declaredPart(root, schema.items, item)) : undefined
  }
  if (isPlainObject(value)) {
    if (schema.properties) {
      return pickDeclared(root, schema.properties, value)
    }
    // A record: every key is declared, each value by the same schema.
    if (typeof schema.additionalProperties === "object") {
      const each = schema.additionalProperties
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, declaredPart(root, each, item)]))
    }
    return undefined
  }
  return value
}

function pickDeclared(root: JsonSchema, properties: Record<string, JsonSchema>, value: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => Object.prototype.hasOwnProperty.call(properties, key))
      .map(([key, item]) => [key, declaredPart(root, properties[key], item)] as const)
      .filter(([, item]) => item !== undefined)
  )
}

/**
 * The options a plugin declares, safe to show in the admin: keys its schema does not declare are
 * dropped at every depth (Medusa adds its own, such as `database` with the connection URL), and
 * every field marked `.meta({ secret: true })` is replaced.
 */
export function redactPluginOptions(definition: PluginOptionsDefinition, options: Record<string, unknown>): Record<string, unknown> {
  const root = describePluginOptions(definition) as JsonSchema
  return (declaredPart(root, root, options ?? {}) as Record<string, unknown> | undefined) ?? {}
}

/**
 * Validates the plugin options a module receives. Medusa adds its own keys (database, …) to
 * module options, so only the keys the schema declares are checked.
 */
export function parseModuleOptions<S extends z.ZodType>(definition: PluginOptionsDefinition<S>, moduleOptions: Record<string, unknown> = {}): z.output<S> {
  const shape = (definition.schema as unknown as { shape?: Record<string, unknown> }).shape
  const declared = shape ? Object.fromEntries(Object.entries(moduleOptions).filter(([key]) => key in shape)) : moduleOptions
  return parsePluginOptions(definition, declared)
}
