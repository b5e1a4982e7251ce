import { findManifest } from "./manifest"

export * from "./manifest"
export * from "./supported-versions"

/** The version of `pkg` as installed where `from` (a file or folder) would load it. */
export function installedVersion(pkg: string, from: string): string {
  const version = findManifest(pkg, from)?.json.version
  if (!version) {
    throw new Error(`Cannot find the package.json of ${pkg} (resolved from ${from})`)
  }
  return version
}

/**
 * For the one adapter file that reaches into a dependency's internals: stops with a clear error
 * unless the installed version is the one the adapter was written against.
 */
export function requirePinnedVersion(pkg: string, pinned: string, from: string): void {
  const installed = installedVersion(pkg, from)
  if (installed !== pinned) {
    throw new Error(
      `${from} uses internals of ${pkg} ${pinned}, but ${pkg} ${installed} is installed. ` + `Install ${pkg}@${pinned}, or update the adapter for ${installed}.`
    )
  }
}
