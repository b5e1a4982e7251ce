import { existsSync } from "node:fs"
import { join, parse, relative, sep } from "node:path"
import type { ConfigModule } from "@medusajs/framework/types"
import { dynamicImport, getResolvedPlugins, isFileSkipped, readDirRecursive } from "@medusajs/framework/utils"
import { requestSchemasOf, type RequestSchema } from "@broadcart/core/http"

/** The methods documented: Medusa also registers a route file's OPTIONS and HEAD (CORS preflights, probes). */
const DOCUMENTED_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]

/** A route a plugin (or the app) registers: a method of a `route.ts` under its `src/api`. */
export type RegisteredRoute = {
  /** The package that declares it (the app's own name for `src/api`). */
  plugin: string
  /** Express pattern, with `:param` for each `[param]` folder. */
  path: string
  method: string
  /** False when the route file exports `AUTHENTICATE = false`. */
  authenticate: boolean
}

/** The request schemas a `middlewares.ts` binds to a matcher, with the methods they apply to. */
export type SchemaBinding = { matcher: string; methods?: string[]; schemas: RequestSchema[] }

/** A plugin's (or the app's) loaded sources: `<plugin>/.medusa/server/src`, or the app's `src`. */
export type PluginSource = { plugin: string; dir: string }

/** The sources Medusa loads, in its order: each plugin of `medusa-config.ts`, then the app. */
export async function pluginSources(rootDirectory: string, config: ConfigModule): Promise<PluginSource[]> {
  const plugins = await getResolvedPlugins(rootDirectory, config, true)
  const app = requireJson(join(rootDirectory, "package.json"))?.name ?? "app"
  return plugins.map((p) => ({ plugin: p.id === "project-plugin" ? app : p.name, dir: p.resolve }))
}

/** The first of `<dir>/<name>.ts` and `<dir>/<name>.js` that exists, as Medusa picks `middlewares`. */
export function sourceFile(dir: string, name: string) {
  return [".ts", ".js"].map((ext) => join(dir, `${name}${ext}`)).find(existsSync)
}

function requireJson(path: string): Record<string, any> | undefined {
  return existsSync(path) ? require(path) : undefined
}

/** `/vendor/live-streams/[id]/route.js` → `/vendor/live-streams/:id`, as Medusa's routes loader names it. */
function routePath(dir: string, file: string) {
  const segments = relative(dir, file).split(sep).slice(0, -1)
  return "/" + segments.map((s) => s.replace(/^\[(\w+)\]$/, ":$1")).join("/")
}

/** The routes of a source's `api` folder, read from the files Medusa registers (route.ts or route.js, no `_` folders). */
export async function registeredRoutes({ plugin, dir: source }: PluginSource): Promise<RegisteredRoute[]> {
  const dir = join(source, "api")
  const entries = await readDirRecursive(dir, { ignoreMissing: true })
  const files = entries
    .filter((e) => e.isFile() && parse(e.name).name === "route" && [".js", ".ts"].includes(parse(e.name).ext))
    .map((e) => join((e as any).path, e.name))
    .filter(
      (file) =>
        !relative(dir, file)
          .split(sep)
          .some((s) => s.startsWith("_"))
    )
  const routes = await Promise.all(
    files.map(async (file) => {
      const exported = await dynamicImport(file)
      if (isFileSkipped(exported)) {
        return []
      }
      const authenticate = "AUTHENTICATE" in exported ? !!exported.AUTHENTICATE : true
      return Object.keys(exported)
        .filter((key) => typeof exported[key] === "function" && DOCUMENTED_METHODS.includes(key))
        .map((method) => ({ plugin, path: routePath(dir, file), method, authenticate }))
    })
  )
  return routes.flat()
}

/** The validators a source's `api/middlewares.ts` binds with `validateBody` / `validateQuery` (or `describeRequest`). */
export async function schemaBindings({ dir }: PluginSource): Promise<SchemaBinding[]> {
  const file = sourceFile(join(dir, "api"), "middlewares")
  if (!file) {
    return []
  }
  const exported = await dynamicImport(file)
  if (isFileSkipped(exported)) {
    return []
  }
  const routes: any[] = exported.default?.routes ?? []
  return routes
    .filter((r) => typeof r.matcher === "string")
    .map((r) => ({
      matcher: r.matcher as string,
      methods: r.methods as string[] | undefined,
      schemas: ((r.middlewares ?? []) as unknown[]).flatMap(requestSchemasOf),
    }))
    .filter((b) => b.schemas.length > 0)
}
