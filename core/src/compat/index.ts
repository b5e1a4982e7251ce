import { existsSync, readFileSync } from "node:fs"
import { dirname, join } from "node:path"

/** The version of `pkg` as installed where `from` (a file or folder) would load it. */
export function installedVersion(pkg: string, from: string): string {
  let dir = dirname(require.resolve(pkg, { paths: [from] }))
  for (;;) {
    const manifest = join(dir, "package.json")
    if (existsSync(manifest)) {
      const json = JSON.parse(readFileSync(manifest, "utf8"))
      if (json.name === pkg) {
        return json.version
      }
    }
    const parent = dirname(dir)
    if (parent === dir) {
      throw new Error(`Cannot find the package.json of ${pkg} (resolved from ${from})`)
    }
    dir = parent
  }
}

/**
 * For the one adapter file that reaches into a dependency's internals: stops with a clear error
 * unless the installed version is the one the adapter was written against.
 */
export function requirePinnedVersion(pkg: string, pinned: string, from: string): void {
  const installed = installedVersion(pkg, from)
  if (installed !== pinned) {
    throw new Error(
      `${from} uses internals of ${pkg} ${pinned}, but ${pkg} ${installed} is installed. ` +
        `Install ${pkg}@${pinned}, or update the adapter for ${installed}.`
    )
  }
}
