import { execFileSync } from "node:child_process"
import { join } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, exclusive, fromIp, readyCart, seedStore, signUpCustomer } from "@broadcart/test-utils"
import { createStockedProduct, signUpActiveVendor } from "@broadcart/test-utils/marketplace"

jest.setTimeout(300_000)

/** Controls the local node of scripts/cassandra/node.sh, as .ci/run starts it. */
const node = (command: "start" | "stop") =>
  execFileSync("bash", [join(process.cwd(), "scripts/cassandra/node.sh"), command], { stdio: "pipe", timeout: 240_000 })

const keyspace = `broadcart_outage_${process.pid}`
const env = { CASSANDRA_CONTACT_POINTS: "127.0.0.1:9042", CASSANDRA_KEYSPACE: keyspace }

const maybe = process.env.CI || process.env.CASSANDRA_CONTACT_POINTS ? describe : describe.skip

maybe("analytics on Cassandra through an outage", () => {
  // It stops the one Cassandra node: no other Cassandra suite runs meanwhile.
  exclusive("cassandra")
  beforeAll(() => {
    node("start")
    Object.assign(process.env, env)
  })
  afterAll(() => {
    node("start")
    for (const key of Object.keys(env)) {
      delete process.env[key]
    }
  })

  medusaIntegrationTestRunner({
    testSuite: ({ api, getContainer }) => {
      it("completes a checkout while Cassandra is down and writes its events once Cassandra is back", async () => {
        const container = getContainer()
        const series = container.resolve("timeSeries") as any
        expect(series.stats().backend).toBe("cassandra")
        await series.ensureReady()

        const shop = await seedStore(container)
        const vendor = await signUpActiveVendor(api, container, "Outage Outfitters")
        const item = await createStockedProduct(api, vendor, "Storm Lantern", 25)
        const buyer = await signUpCustomer(api, shop.key)
        const cartId = await readyCart(api, buyer, shop.regionId, [{ variantId: item.variantId, quantity: 2 }])

        node("stop")
        const done = await api.post(`/store/carts/${cartId}/complete`, {}, buyer.as())
        expect(done.status).toBe(200)
        const total = done.data.order_group.total
        await waitUntil(() => series.stats().failures > 0 && series.stats().queued > 0, "the failed write to be kept")
        expect(series.stats()).toMatchObject({ dropped: 0 })

        node("start")
        await waitUntil(() => series.stats().queued === 0, "the queued events to be written", 120_000)
        await require("@broadcart/plugin-analytics/jobs/rollup-analytics").default(container)
        const admin = await adminHeaders(container, api)
        const platform = await api.get("/admin/analytics/summary", fromIp("10.96.0.1", admin.headers))
        expect(platform.data.summary).toMatchObject({ gmv: total, orders: 1 })
        const mine = await api.get("/vendor/analytics/summary", vendor.as())
        expect(mine.data.summary).toMatchObject({ gmv: total, orders: 1 })
        expect(series.stats().dropped).toBe(0)
      })
    },
  })
})

async function waitUntil(check: () => boolean, what: string, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > until) {
      throw new Error(`Timed out waiting for ${what}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
}
