import { execFileSync } from "node:child_process"
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, symlinkSync, lstatSync, readlinkSync, unlinkSync } from "node:fs"
import { join, relative } from "node:path"
import { ROOT } from "./env.mjs"

const MEDUSA = join(ROOT, "node_modules/@medusajs/cli/cli.js")
// `medusa plugin:build` that leaves out admin extensions when a package has no src/admin.
const PLUGIN_BUILD = join(ROOT, "core/bin/plugin-build.js")
const IGNORED = new Set(["node_modules", ".medusa", "dist", ".data", ".git", "integration-tests"])

function newestMtime(path) {
  if (!existsSync(path)) {
    return 0
  }
  const stat = statSync(path)
  if (!stat.isDirectory()) {
    return stat.mtimeMs
  }
  let newest = 0
  for (const entry of readdirSync(path)) {
    if (!IGNORED.has(entry) && !entry.includes("__tests__")) {
      newest = Math.max(newest, newestMtime(join(path, entry)))
    }
  }
  return newest
}

function stampTime(stamp) {
  return existsSync(stamp) ? statSync(stamp).mtimeMs : -1
}

function run(command, args, cwd, stdio = "inherit") {
  execFileSync(command, args, { cwd, stdio, env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" } })
}

/** Workspace packages under `folder` (e.g. plugins), sorted by name. */
function packagesIn(folder) {
  const root = join(ROOT, folder)
  return existsSync(root)
    ? readdirSync(root)
        .sort()
        .map((d) => join(root, d))
        .filter((d) => existsSync(join(d, "package.json")))
    : []
}

/** `dirs` reordered so each package comes after the packages of `dirs` it depends on (its build type-checks against them). */
function afterDependencies(dirs) {
  const manifest = (dir) => JSON.parse(readFileSync(join(dir, "package.json"), "utf8"))
  const byName = new Map(dirs.map((dir) => [manifest(dir).name, dir]))
  const ordered = []
  const seen = new Set()
  const visit = (dir) => {
    if (seen.has(dir)) {
      return
    }
    seen.add(dir)
    const { dependencies, devDependencies, peerDependencies } = manifest(dir)
    for (const name of Object.keys({ ...dependencies, ...devDependencies, ...peerDependencies })) {
      if (byName.has(name)) {
        visit(byName.get(name))
      }
    }
    ordered.push(dir)
  }
  dirs.forEach(visit)
  return ordered
}

/** Packages built as Medusa plugins (broadcart-plugin-build): every `modules/*` first (plugins use them), `admin/`, then `plugins/*`, each after the plugins it depends on. */
export function pluginDirs() {
  return [...packagesIn("modules"), join(ROOT, "admin"), ...afterDependencies(packagesIn("plugins"))]
}

/** Builds a package into its `dist` with its own `build` script, when its sources are newer than the last build. */
function buildDist(dir, { force, log, stdio }) {
  const stamp = join(dir, "dist/.built")
  if (force || newestMtime(join(dir, "src")) > stampTime(stamp) || newestMtime(join(dir, "package.json")) > stampTime(stamp)) {
    log(`Building ${dir.slice(ROOT.length + 1)}`)
    run("npm", ["run", "--silent", "build"], dir, stdio)
    writeFileSync(stamp, new Date().toISOString())
  }
  return stampTime(stamp)
}

/** Builds `@broadcart/test-utils`, which only the test suites load, when its sources changed. */
export function buildTestUtils({ force = false, log = console.log, stdio } = {}) {
  buildDist(join(ROOT, "test-utils"), { force, log, stdio })
}

/**
/**
 * Builds `@broadcart/core`, `@broadcart/client` and each plugin whose sources changed since its
 * last build (or all with `force`, or those whose folders `changed` names: a deleted file leaves no
 * newer time). Returns the newest build time, so the app knows when it is stale.
 */
export function buildPackages({ force = false, changed = [], log = console.log, stdio } = {}) {
  const core = join(ROOT, "core")
  const coreBuilt = buildDist(core, { force: force || changed.includes(core), log, stdio })
  buildDist(join(ROOT, "client"), { force, log, stdio })
  const stale = (dir, inputs, stamp) => force || changed.includes(dir) || inputs > stampTime(stamp)
  let newest = coreBuilt
  for (const dir of pluginDirs()) {
    const stamp = join(dir, ".medusa/server/.built")
    const inputs = Math.max(newestMtime(join(dir, "src")), newestMtime(join(dir, "package.json")), coreBuilt)
    if (stale(dir, inputs, stamp)) {
      log(`Building ${dir.slice(ROOT.length + 1)}`)
      run(process.execPath, [PLUGIN_BUILD], dir, stdio)
      writeFileSync(stamp, new Date().toISOString())
    }
    newest = Math.max(newest, stampTime(stamp))
  }
  return newest
}

/** Builds the app (server and admin) into `.medusa/server` when it is older than its inputs. */
export function buildApp({ force = false, packagesBuiltAt = 0, log = console.log, stdio } = {}) {
  const out = join(ROOT, ".medusa/server")
  const stamp = join(out, ".built")
  const inputs = Math.max(newestMtime(join(ROOT, "src")), newestMtime(join(ROOT, "medusa-config.ts")), packagesBuiltAt)
  if (force || inputs > stampTime(stamp)) {
    log("Building the app and admin dashboard (about a minute)")
    run(process.execPath, [MEDUSA, "build"], ROOT, stdio)
    writeFileSync(stamp, new Date().toISOString())
  }
  linkServerModules()
  return out
}

/**
 * Links `<root>/.medusa/server/node_modules` to the root's `node_modules` with a relative link,
 * so a copied or moved checkout runs its own plugins, never the old folder's. A link pointing
 * anywhere else (an absolute one from an older build) is replaced; an installed folder is kept.
 */
export function linkServerModules(root = ROOT) {
  const server = join(root, ".medusa/server")
  if (!existsSync(server)) {
    return
  }
  const modules = join(server, "node_modules")
  const target = relative(server, join(root, "node_modules"))
  const link = readLink(modules)
  if (link === target || (link === undefined && existsSync(modules))) {
    return
  }
  if (link !== undefined) {
    unlinkSync(modules)
  }
  symlinkSync(target, modules, "dir")
}

function readLink(path) {
  try {
    return lstatSync(path).isSymbolicLink() ? readlinkSync(path) : undefined
  } catch {
    return undefined
  }
}

export { MEDUSA }
