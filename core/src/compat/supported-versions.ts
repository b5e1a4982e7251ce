import semver from "semver"
import { findManifest, ownManifest, type Manifest } from "./manifest"

/** The packages whose versions a plugin must declare it supports: Medusa's and Broadcart's. */
const PLATFORM = /^@(medusajs|broadcart)\//

/** A declared range the installed version does not satisfy (`installed` unset: not installed). */
export type UnmetRange = { name: string; range: string; installed?: string }

/** Thrown when a plugin does not support the installed Medusa or Broadcart packages; names both versions. */
export class UnsupportedVersionsError extends Error {
  constructor(
    readonly plugin: string,
    readonly unmet: UnmetRange[]
  ) {
    super(
      unmet
        .map(({ name, range, installed }) =>
          installed
            ? `Plugin ${plugin} supports ${name} ${range}, but ${name} ${installed} is installed`
            : `Plugin ${plugin} supports ${name} ${range}, but ${name} is not installed`
        )
        .join("; ") + `. Install a release of ${plugin} made for the installed versions, or versions it supports.`
    )
    this.name = "UnsupportedVersionsError"
  }
}

/**
 * The peer dependency ranges on `@medusajs/*` and `@broadcart/*` packages that a plugin declares
 * and the versions installed beside it (those the plugin loads) do not satisfy.
 */
export function unmetRanges(plugin: Manifest): UnmetRange[] {
  const optional = plugin.json.peerDependenciesMeta ?? {}
  return Object.entries(plugin.json.peerDependencies ?? {})
    .filter(([name]) => PLATFORM.test(name) && !optional[name]?.optional)
    .flatMap(([name, range]) => {
      const installed = findManifest(name, plugin.dir)?.json.version
      return installed && semver.satisfies(installed, range, { includePrerelease: true }) ? [] : [{ name, range, installed }]
    })
}

function check(manifest: Manifest, plugin: string) {
  const unmet = unmetRanges(manifest)
  if (unmet.length) {
    throw new UnsupportedVersionsError(manifest.json.name ?? plugin, unmet)
  }
}

/**
 * Stops with an error naming the plugin, each supported range and the installed version unless
 * the installed Medusa and Broadcart packages satisfy the plugin's peer dependencies. `plugin`
 * is a package name or an absolute folder, found from `from` (the app root), as Medusa finds it.
 */
export function requireSupportedVersions(plugin: string, from: string): void {
  const manifest = findManifest(plugin, from)
  if (!manifest) {
    throw new Error(`Cannot check the versions plugin ${plugin} supports: it is not installed (looked from ${from})`)
  }
  check(manifest, plugin)
}

/**
 * A module loader that checks, when the module starts, the versions the plugin holding `from`
 * (pass the module's `__dirname`) supports, so the check holds in an app that registers the
 * plugin without `pluginEntry`.
 */
export function supportedVersionsLoader(from: string) {
  return async function checkSupportedVersions() {
    const manifest = ownManifest(from)
    if (!manifest) {
      throw new Error(`Cannot check supported versions: no package.json holds ${from}`)
    }
    check(manifest, from)
  }
}
