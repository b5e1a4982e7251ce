import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { pluginEntry } from "../../options"
import { requireSupportedVersions, supportedVersionsLoader, UnsupportedVersionsError, unmetRanges, findManifest } from "../index"

/** An app folder with `node_modules/<name>/package.json` for each package given. */
function appWith(packages: Record<string, object>) {
  const root = mkdtempSync(join(tmpdir(), "broadcart-compat-"))
  for (const [name, json] of Object.entries(packages)) {
    const dir = join(root, "node_modules", name)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name, ...json }))
  }
  return root
}

const installed = {
  "@medusajs/framework": { version: "2.21.2" },
  "@broadcart/core": { version: "0.1.0" },
}

const plugin = (peerDependencies: Record<string, string>, more: object = {}) => ({
  version: "1.2.0",
  peerDependencies,
  ...more,
})

describe("requireSupportedVersions", () => {
  const apps: string[] = []
  const app = (packages: Record<string, object>) => {
    const root = appWith({ ...installed, ...packages })
    apps.push(root)
    return root
  }
  afterAll(() => apps.forEach((root) => rmSync(root, { recursive: true, force: true })))

  it("passes when the installed Medusa and core satisfy the plugin's ranges", () => {
    const root = app({ "acme-plugin": plugin({ "@medusajs/framework": "~2.21.0", "@broadcart/core": "^0.1.0" }) })
    expect(() => requireSupportedVersions("acme-plugin", root)).not.toThrow()
  })

  it("names the plugin, the supported range and the installed version", () => {
    const root = app({ "acme-plugin": plugin({ "@medusajs/framework": "~2.21.0", "@broadcart/core": "^0.3.0" }) })
    expect(() => requireSupportedVersions("acme-plugin", root)).toThrow(
      "Plugin acme-plugin supports @broadcart/core ^0.3.0, but @broadcart/core 0.1.0 is installed"
    )
  })

  it("names every unmet range in one error", () => {
    const root = app({ "acme-plugin": plugin({ "@medusajs/framework": "^3.0.0", "@broadcart/core": "^0.3.0" }) })
    let error: UnsupportedVersionsError | undefined
    try {
      requireSupportedVersions("acme-plugin", root)
    } catch (e) {
      error = e as UnsupportedVersionsError
    }
    expect(error).toBeInstanceOf(UnsupportedVersionsError)
    expect(error!.plugin).toBe("acme-plugin")
    expect(error!.unmet).toEqual([
      { name: "@medusajs/framework", range: "^3.0.0", installed: "2.21.2" },
      { name: "@broadcart/core", range: "^0.3.0", installed: "0.1.0" },
    ])
  })

  it("names a Medusa or Broadcart package the plugin needs that is not installed", () => {
    const root = app({ "acme-plugin": plugin({ "@broadcart/plugin-marketplace": "^0.1.0" }) })
    expect(() => requireSupportedVersions("acme-plugin", root)).toThrow(
      "Plugin acme-plugin supports @broadcart/plugin-marketplace ^0.1.0, but @broadcart/plugin-marketplace is not installed"
    )
  })

  it("leaves optional peers and other packages' peers to npm", () => {
    const manifest = findManifest(
      "acme-plugin",
      app({
        "acme-plugin": plugin({ react: "^19.0.0", "@medusajs/admin-sdk": "^2.21.0" }, { peerDependenciesMeta: { "@medusajs/admin-sdk": { optional: true } } }),
      })
    )!
    expect(unmetRanges(manifest)).toEqual([])
  })

  it("reads the version installed where the plugin loads it, not the app's", () => {
    const root = app({
      "acme-plugin": plugin({ "@broadcart/core": "^0.2.0" }),
      "acme-plugin/node_modules/@broadcart/core": { name: "@broadcart/core", version: "0.2.1" },
    })
    expect(() => requireSupportedVersions("acme-plugin", root)).not.toThrow()
  })

  it("finds a plugin registered by its absolute folder", () => {
    const root = app({ "acme-plugin": plugin({ "@broadcart/core": "^0.3.0" }) })
    expect(() => requireSupportedVersions(join(root, "node_modules/acme-plugin"), root)).toThrow(
      "Plugin acme-plugin supports @broadcart/core ^0.3.0, but @broadcart/core 0.1.0 is installed"
    )
  })

  it("checks from inside the plugin, as its module loader does", async () => {
    const root = app({ "acme-plugin": plugin({ "@broadcart/core": "^0.3.0" }) })
    const moduleDir = join(root, "node_modules/acme-plugin/.medusa/server/src/modules/acme")
    mkdirSync(moduleDir, { recursive: true })
    await expect(supportedVersionsLoader(moduleDir)()).rejects.toThrow(
      "Plugin acme-plugin supports @broadcart/core ^0.3.0, but @broadcart/core 0.1.0 is installed"
    )
  })

  it("stops pluginEntry before it reads the plugin's options", () => {
    const root = app({ "acme-plugin": plugin({ "@broadcart/core": "^0.3.0" }) })
    expect(() => pluginEntry("acme-plugin", {}, root)).toThrow("Plugin acme-plugin supports @broadcart/core ^0.3.0, but @broadcart/core 0.1.0 is installed")
  })

  it("holds for every package of this workspace", () => {
    const root = join(__dirname, "../../../..")
    const packages = readdirSync(join(root, "node_modules/@broadcart")).map((name) => `@broadcart/${name}`)
    expect(packages).toEqual(expect.arrayContaining(["@broadcart/admin", "@broadcart/plugin-analytics"]))
    for (const name of packages) {
      expect(() => requireSupportedVersions(name, root)).not.toThrow()
    }
  })
})
