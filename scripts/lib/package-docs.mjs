import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { basename, join } from "node:path"
import { ROOT } from "./env.mjs"
import { pluginDirs } from "./build.mjs"

const require = createRequire(import.meta.url)
// The route walk the suites use too: the test kit is built before the READMEs (scripts/readmes.mjs).
const { declaredRoutes: listRoutes } = require("@broadcart/test-utils")
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]

/**
 * README sections generated from a package's code: the versions it supports (peer dependencies),
 * its options (the zod schema in `options.ts`), its routes (`src/api/.../route.ts`) and its events
 * (`events.ts` and the subscribers' `config.event`). Each sits between `<!-- generated:NAME -->`
 * markers; the rest of the README is written by hand.
 */
export function generatedSections(dir) {
  return {
    compatibility: compatibilitySection(dir),
    options: optionsSection(dir),
    routes: routesSection(dir),
    events: eventsSection(dir),
  }
}

// ---------- compatibility

/** The Medusa and Broadcart versions a package supports: its peer dependencies on them. */
function compatibilitySection(dir) {
  const { peerDependencies = {} } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"))
  const platform = Object.entries(peerDependencies).filter(([name]) => /^@(medusajs|broadcart)\//.test(name))
  return ["| Package | Supported versions |", "| --- | --- |", ...platform.map(([name, range]) => `| \`${name}\` | \`${range}\` |`)].join("\n")
}

/** Packages with a README whose sections are generated: every Medusa plugin and module package. */
export function documentedPackages() {
  return pluginDirs()
}

/** `readme` with each generated section replaced by what the code says now. */
export function withGeneratedSections(readme, sections) {
  return Object.entries(sections).reduce((text, [name, body]) => {
    const pattern = new RegExp(`(<!-- generated:${name} -->\\n)[\\s\\S]*?(<!-- /generated:${name} -->)`)
    return text.replace(pattern, (_, start, end) => `${start}${body}\n${end}`)
  }, readme)
}

/** Rewrites the generated sections of every documented package's README; returns the ones changed. */
export function updateReadmes(dirs = documentedPackages()) {
  return dirs.filter((dir) => {
    const path = join(dir, "README.md")
    const before = readFileSync(path, "utf8")
    const after = withGeneratedSections(before, generatedSections(dir))
    if (after !== before) {
      writeFileSync(path, after)
    }
    return after !== before
  })
}

// ---------- options

/** The options definition a package's build exports (`definePluginOptions(...)`), if any. */
function optionsDefinition(dir) {
  const candidates = [join(dir, ".medusa/server/src/options.js")]
  const modules = join(dir, ".medusa/server/src/modules")
  if (existsSync(modules)) {
    candidates.push(...readdirSync(modules).map((m) => join(modules, m, "options.js")))
  }
  for (const file of candidates.filter(existsSync)) {
    const definition = Object.values(require(file)).find((v) => typeof v?.schema?.safeParse === "function")
    if (definition) {
      return definition
    }
  }
  return undefined
}

const cell = (text) => String(text).replace(/\|/g, "\\|").replace(/\n/g, " ")

function typeName(root, schema) {
  if (schema.$ref) {
    return typeName(root, root.$defs[schema.$ref.replace("#/$defs/", "")])
  }
  if (schema.enum) {
    return schema.enum.map((v) => JSON.stringify(v)).join(" | ")
  }
  const branches = schema.anyOf ?? schema.oneOf
  if (branches) {
    return [...new Set(branches.map((b) => typeName(root, b)))].join(" | ")
  }
  if (schema.type === "array") {
    return `${schema.items ? typeName(root, schema.items) : "unknown"}[]`
  }
  if (schema.type === "object" && !schema.properties && typeof schema.additionalProperties === "object") {
    return `record of ${typeName(root, schema.additionalProperties)}`
  }
  if (schema.format === "uri") {
    return "URL"
  }
  return [schema.type ?? "any"].flat().join(" | ")
}

function optionRows(root, schema, prefix = "") {
  return Object.entries(schema.properties ?? {}).flatMap(([key, prop]) => {
    const name = `${prefix}${key}`
    const required = (schema.required ?? []).includes(key) && prop.default === undefined
    const row = {
      name,
      type: typeName(root, prop),
      default: prop.default !== undefined ? `\`${JSON.stringify(prop.default)}\`` : required ? "required" : "",
      description: [prop.description ?? "", prop.secret ? "(secret: shown masked in the admin)" : ""].filter(Boolean).join(" "),
    }
    const nested = prop.type === "object" && prop.properties ? optionRows(root, prop, `${name}.`) : []
    return [row, ...nested]
  })
}

/** A markdown table of a definition's options: name, type, default and description. */
export function optionsTable(definition) {
  const { describePluginOptions } = require(join(ROOT, "core/dist/options/index.js"))
  const root = describePluginOptions(definition)
  const rows = optionRows(root, root)
  if (!rows.length) {
    return "This package takes no options."
  }
  return [
    "| Option | Type | Default | Description |",
    "| --- | --- | --- | --- |",
    ...rows.map((r) => `| \`${r.name}\` | ${cell(r.type)} | ${cell(r.default)} | ${cell(r.description)} |`),
  ].join("\n")
}

function optionsSection(dir) {
  const definition = optionsDefinition(dir)
  return definition ? optionsTable(definition) : "This package takes no options."
}

// ---------- routes

/** The doc comment just above `export ... METHOD`, in one line, unless it only repeats the route. */
function handlerComment(source, method) {
  const match = source.match(new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export (?:async function|const) ${method}\\b`))
  const text =
    match?.[1]
      .replace(/^\s*\* ?/gm, "")
      .replace(/\s+/g, " ")
      .trim() ?? ""
  const first = text.match(/^.*?[.!?](?=\s+[A-Z(]|$)/)?.[0] ?? text
  return /^(GET|POST|PUT|PATCH|DELETE) \/\S+$/.test(first) ? "" : first
}

/** The routes in `<dir>/src/api` (as the test kit lists them), sorted, with the handler's doc comment. */
export function declaredRoutes(dir) {
  return listRoutes(dir)
    .map(({ method, path, file }) => ({ method, path, description: handlerComment(readFileSync(file, "utf8"), method) }))
    .sort((a, b) => a.path.localeCompare(b.path) || METHODS.indexOf(a.method) - METHODS.indexOf(b.method))
}

function routesSection(dir) {
  const routes = declaredRoutes(dir)
  if (!routes.length) {
    return "This package adds no HTTP routes."
  }
  return ["| Method | Path | What it does |", "| --- | --- | --- |", ...routes.map((r) => `| ${r.method} | \`${r.path}\` | ${cell(r.description)} |`)].join(
    "\n"
  )
}

// ---------- events

/** Event names a package emits: the string constants its built `events.js` exports, with their doc comments. */
function emittedEvents(dir) {
  const built = join(dir, ".medusa/server/src/events.js")
  if (!existsSync(built)) {
    return []
  }
  const source = existsSync(join(dir, "src/events.ts")) ? readFileSync(join(dir, "src/events.ts"), "utf8") : ""
  const comment = (key) => {
    const match = source.match(new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*(?:export const )?${key}\\s*[:=]`))
    return (
      match?.[1]
        .replace(/^\s*\* ?/gm, "")
        .replace(/\s+/g, " ")
        .trim() ?? ""
    )
  }
  return Object.entries(require(built)).flatMap(([name, value]) => {
    if (typeof value === "string") {
      return [{ constant: name, event: value, description: comment(name) }]
    }
    if (value && typeof value === "object") {
      return Object.entries(value)
        .filter(([, event]) => typeof event === "string")
        .map(([key, event]) => ({ constant: `${name}.${key}`, event, description: comment(key) }))
    }
    return []
  })
}

/** Events a package's subscribers listen to, from their built `config.event`. */
function subscribedEvents(dir) {
  const folder = join(dir, ".medusa/server/src/subscribers")
  if (!existsSync(folder)) {
    return []
  }
  return readdirSync(folder)
    .filter((f) => f.endsWith(".js"))
    .sort()
    .flatMap((file) => [require(join(folder, file)).config?.event ?? []].flat().map((event) => ({ event, subscriber: basename(file, ".js") })))
}

function eventsSection(dir) {
  const emitted = emittedEvents(dir)
  const subscribed = subscribedEvents(dir)
  const parts = []
  parts.push(
    emitted.length
      ? [
          "Emits:",
          "",
          "| Constant | Event | When |",
          "| --- | --- | --- |",
          ...emitted.map((e) => `| \`${e.constant}\` | \`${e.event}\` | ${cell(e.description)} |`),
        ].join("\n")
      : "Emits no events of its own."
  )
  if (subscribed.length) {
    parts.push(["Listens to:", "", "| Event | Subscriber |", "| --- | --- |", ...subscribed.map((s) => `| \`${s.event}\` | \`${s.subscriber}\` |`)].join("\n"))
  }
  return parts.join("\n\n")
}
