import { dirname } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminHeaders, declaredRoutes, fromIp } from "@broadcart/test-utils"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("loads the routes of every plugin listed in medusa-config.ts", async () => {
      const config = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE)
      const plugins = (config.plugins as any[]).map((p) => (typeof p === "string" ? p : p.resolve)).filter((name: string) => !name.startsWith("@medusajs/"))
      expect(plugins).toContain("@broadcart/admin")

      const admin = await adminHeaders(getContainer(), api)
      let checked = 0
      for (const plugin of plugins) {
        const dir = dirname(require.resolve(`${plugin}/package.json`, { paths: [process.cwd()] }))
        const routes = declaredRoutes(dir)
        expect({ plugin, routes: routes.length }).toEqual({ plugin, routes: expect.any(Number) })
        expect(routes.length).toBeGreaterThan(0)
        for (const { method, path: pattern } of routes) {
          const path = pattern.replace(/:(\w+)/g, "missing_$1")
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
