import { existsSync, readFileSync, realpathSync, statSync } from "node:fs"
import { basename, dirname, isAbsolute, join } from "node:path"

/** A package.json as read from disk, with the folder it sits in. */
export type Manifest = {
  dir: string
  json: {
    name?: string
    version?: string
    peerDependencies?: Record<string, string>
    peerDependenciesMeta?: Record<string, { optional?: boolean }>
  }
}

function read(path: string): Manifest {
  return { dir: dirname(path), json: JSON.parse(readFileSync(path, "utf8")) }
}

/** The first folder from `from` (a file or folder) up to the root for which `pick` finds a package.json. */
function nearest(from: string, pick: (dir: string) => string | undefined): Manifest | undefined {
  for (let dir = existsSync(from) && !statSync(from).isDirectory() ? dirname(from) : from; ; dir = dirname(dir)) {
    const path = pick(dir)
    if (path && existsSync(path)) {
      return read(realpathSync(path))
    }
    if (dirname(dir) === dir) {
      return undefined
    }
  }
}

/**
 * The package.json of `pkg` as Node would find it from `from` (a file or folder): the nearest
 * `node_modules/<pkg>` up the tree. Read from disk, so it works for packages whose `exports`
 * hide their package.json. `pkg` may also be an absolute path to a package folder.
 */
export function findManifest(pkg: string, from: string): Manifest | undefined {
  if (isAbsolute(pkg)) {
    return existsSync(join(pkg, "package.json")) ? read(join(realpathSync(pkg), "package.json")) : undefined
  }
  return nearest(from, (dir) => (basename(dir) === "node_modules" ? undefined : join(dir, "node_modules", pkg, "package.json")))
}

/** The package.json of the package that holds `from` (a file or folder): the nearest one up the tree. */
export function ownManifest(from: string): Manifest | undefined {
  return nearest(from, (dir) => join(dir, "package.json"))
}
