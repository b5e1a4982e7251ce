import { existsSync, readFileSync, readdirSync } from "node:fs"
import { dirname, join, relative, sep } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminHeaders, fromIp } from "../helpers/admin"

jest.setTimeout(120_000)

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

/** The routes a plugin declares in its sources: `src/api/<path>/route.ts` and its exported methods. */
function declaredRoutes(pluginDir: string) {
  const api = join(pluginDir, "src/api")
  return routeFiles(api).flatMap((file) => {
    const path = "/" + relative(api, dirname(file)).split(sep).map((s) => s.replace(/^\[(\w+)\]$/, "missing_$1")).join("/")
    const source = readFileSync(file, "utf8")
    return METHODS.filter((m) => new RegExp(`export (async function|const) ${m}\\b`).test(source)).map((method) => ({ method, path }))
  })
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("loads the routes of every plugin listed in medusa-config.ts", async () => {
      const config = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE)
      const plugins = (config.plugins as any[])
        .map((p) => (typeof p === "string" ? p : p.resolve))
        .filter((name: string) => !name.startsWith("@medusajs/"))
      expect(plugins).toContain("@broadcart/admin")

      const admin = await adminHeaders(getContainer(), api)
      let checked = 0
      for (const plugin of plugins) {
        const dir = dirname(require.resolve(`${plugin}/package.json`, { paths: [process.cwd()] }))
        const routes = declaredRoutes(dir)
        expect({ plugin, routes: routes.length }).toEqual({ plugin, routes: expect.any(Number) })
        expect(routes.length).toBeGreaterThan(0)
        for (const { method, path } of routes) {
          const res = await api.request({ method, url: path, data: {}, ...fromIp(`10.9.${checked % 250}.1`, admin.headers) })
          const unmatched = res.status === 404 && typeof res.data === "string" && res.data.includes(`Cannot ${method}`)
          expect({ plugin, method, path, loaded: !unmatched }).toEqual({ plugin, method, path, loaded: true })
          checked++
        }
      }
      console.log(`Checked ${checked} routes of ${plugins.length} plugins`)
    })
  },
})
