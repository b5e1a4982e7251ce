import { isAbsolute, join, relative, sep } from "node:path"
import { ROOT } from "./env.mjs"

/** Where the dev server looks for changes, relative to the root. */
export const WATCHED = ["src", "medusa-config.ts", "core", "admin", "plugins", "modules"]

/**
 * What a change to `path` asks of the dev server: "build" for a package's sources (Medusa loads a
 * package from its build), "restart" for the app's own server code, or "none" (tests, builds,
 * dot-folders, the app's admin, which Vite reloads by itself).
 */
export function changeKind(path, root = ROOT) {
  const parts = relative(root, path).split(sep)
  if (parts.some((p) => p.startsWith(".") || p === "node_modules" || p === "__tests__" || p === "dist")) {
    return "none"
  }
  const [top, second, third] = parts
  const packageInput = (part) => part === "src" || part === "package.json"
  if (((top === "plugins" || top === "modules") && packageInput(third)) || ((top === "core" || top === "admin") && packageInput(second))) {
    return "build"
  }
  if ((top === "src" && second !== "admin") || (parts.length === 1 && top === "medusa-config.ts")) {
    return "restart"
  }
  return "none"
}

/** The folder of the workspace package a "build" change to `path` belongs to. */
export function packageOf(path, root = ROOT) {
  const [top, name] = relative(root, path).split(sep)
  return top === "plugins" || top === "modules" ? join(root, top, name) : join(root, top)
}

/**
 * Calls `onChanges(paths)` once per burst of changes (`debounceMs` without a new one), with the
 * absolute paths of the burst that are not "none"; one call at a time, later changes wait for
 * the next call. `watch` is chokidar's. Returns the watcher, to close.
 */
export function watchChanges({ watch, onChanges, root = ROOT, debounceMs = 300 }) {
  const inRoot = (path) => (isAbsolute(path) ? path : join(root, path))
  const skipped = (path) =>
    relative(root, inRoot(path))
      .split(sep)
      .some((p) => p.startsWith(".") || p === "node_modules" || p === "dist")
  const watcher = watch(WATCHED, { cwd: root, ignoreInitial: true, ignored: skipped })
  let pending = new Set()
  let timer
  let running = Promise.resolve()
  watcher.on("all", (_event, path) => {
    const kind = changeKind(inRoot(path), root)
    if (kind === "none") {
      return
    }
    pending.add(inRoot(path))
    clearTimeout(timer)
    timer = setTimeout(() => {
      running = running.then(() => {
        const paths = [...pending]
        pending = new Set()
        return paths.length ? onChanges(paths) : undefined
      })
    }, debounceMs)
  })
  return watcher
}
