import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, realpathSync, rmSync, symlinkSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, relative, sep } from "node:path"

/** Left out of the copy: installed packages, git, runtime data and the app's own build. */
const SKIPPED_AT_ROOT = new Set([".git", ".data", ".medusa", "node_modules"])

/**
 * A copy of the workspace at `root` in a temporary folder, for suites that add or change
 * packages (a scaffolded plugin, a route edited under `npm run dev`) while other suites run from
 * the checkout. Sources and package builds are copied with their times, so nothing is rebuilt
 * that was built. `node_modules` is a folder of links into the checkout's, but the workspace's
 * own packages (`@broadcart/*`) and their bins link into the copy, as `npm install` would.
 */
export function copyWorkspace(root: string) {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "broadcart-workspace-")))
  cpSync(root, dir, {
    recursive: true,
    preserveTimestamps: true,
    filter: (source) => {
      const path = relative(root, source)
      return !SKIPPED_AT_ROOT.has(path) && !path.split(sep).includes("node_modules")
    },
  })
  const modules = join(root, "node_modules")
  mkdirSync(join(dir, "node_modules"))
  for (const entry of readdirSync(modules)) {
    if (entry === "@broadcart" || entry === ".bin") {
      copyLinks(join(modules, entry), join(dir, "node_modules", entry))
    } else {
      symlinkSync(join(modules, entry), join(dir, "node_modules", entry))
    }
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Recreates each link of `from` in `to` with the same relative target, so it points inside the copy. */
function copyLinks(from: string, to: string) {
  mkdirSync(to)
  for (const entry of readdirSync(from)) {
    const source = join(from, entry)
    symlinkSync(lstatSync(source).isSymbolicLink() ? readlinkSync(source) : source, join(to, entry))
  }
}
