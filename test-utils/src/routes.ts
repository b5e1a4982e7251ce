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
 * methods, with path parameters written `:name`, and the file that declares each.
 */
export function declaredRoutes(pluginDir: string) {
  const api = join(pluginDir, "src/api")
  return routeFiles(api).flatMap((file) => {
    const path =
      "/" +
      relative(api, dirname(file))
        .split(sep)
        .map((s) => s.replace(/^\[(\w+)\]$/, ":$1"))
        .join("/")
    const source = readFileSync(file, "utf8")
    return METHODS.filter((m) => new RegExp(`export (async function|const) ${m}\\b`).test(source)).map((method) => ({ method, path, file }))
  })
}

/** Every route an Express app registered, as method and path pattern. */
export function expressRoutes(app: any): { method: string; path: string }[] {
  return (app._router?.stack ?? [])
    .filter((layer: any) => layer.route && typeof layer.route.path === "string")
    .flatMap((layer: any) => Object.keys(layer.route.methods).map((m) => ({ method: m.toUpperCase(), path: layer.route.path as string })))
    .filter((route: { method: string }) => METHODS.includes(route.method))
}

/** Captures the Express app a test runner starts (it does not expose it): the app that calls `listen`. */
export function captureExpressApp() {
  const application = require("express").application
  const listen = application.listen
  const captured: { app?: any } = {}
  application.listen = function (this: any, ...args: any[]) {
    captured.app = this
    return listen.apply(this, args)
  }
  return captured
}
