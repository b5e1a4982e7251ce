import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, configEnv, fromIp } from "@broadcart/test-utils"
import { signUpActiveVendor } from "@broadcart/test-utils/marketplace"

jest.setTimeout(240_000)

describe("analytics while Cassandra cannot be reached", () => {
  // Port 1 (tcpmux) has no listener here: every connection is refused at once.
  configEnv({ CASSANDRA_CONTACT_POINTS: "127.0.0.1:1", CASSANDRA_KEYSPACE: `broadcart_unreachable_${process.pid}` })

  medusaIntegrationTestRunner({
    testSuite: ({ api, getContainer }) => {
      it("answers the admin and vendor analytics routes with 503 in the error shape, naming the store", async () => {
        const container = getContainer()
        expect((container.resolve("timeSeries") as any).stats().backend).toBe("cassandra")
        const admin = await adminHeaders(container, api)
        const vendor = await signUpActiveVendor(api, container, "Offline Optics")
        const expected = {
          type: "service_unavailable",
          message: "Analytics are unavailable: the time-series store (cassandra) cannot be reached. Try again shortly.",
        }
        for (const path of ["summary", "series?metric=gmv&bucket=hour", "top-products", "conversion"]) {
          const asAdmin = await api.get(`/admin/analytics/${path}`, fromIp("10.97.0.1", admin.headers))
          expect([path, asAdmin.status, asAdmin.data]).toEqual([path, 503, expected])
          const asVendor = await api.get(`/vendor/analytics/${path}`, vendor.as())
          expect([path, asVendor.status, asVendor.data]).toEqual([path, 503, expected])
        }
      })
    },
  })
})
