import { existsSync, readFileSync, readdirSync } from "node:fs"
import { dirname, join, relative, sep } from "node:path"

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]

function routeFiles(dir: string): string[] {
  if (!existsSync(dir)) {
    return []
  }
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      return entry.name === "__tests__" ? [] : routeFiles(path)
    }
    return entry.name === "route.ts" ? [path] : []
  })
}

/**
 * The routes a plugin declares in its sources: `src/api/<path>/route.ts` and its exported
 * methods, with path parameters written `:name`.
 */
export function declaredRoutes(pluginDir: string) {
  const api = join(pluginDir, "src/api")
  return routeFiles(api).flatMap((file) => {
    const path = "/" + relative(api, dirname(file)).split(sep).map((s) => s.replace(/^\[(\w+)\]$/, ":$1")).join("/")
    const source = readFileSync(file, "utf8")
    return METHODS.filter((m) => new RegExp(`export (async function|const) ${m}\\b`).test(source)).map((method) => ({ method, path }))
  })
}
