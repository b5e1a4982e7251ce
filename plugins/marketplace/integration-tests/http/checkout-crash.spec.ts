import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { configEnv, flushRedis, freePort, readyCart, seedStore, signUpCustomer, startApp, testRedisUrl, waitFor } from "@broadcart/test-utils"
import { createStockedProduct, signUpActiveVendor } from "@broadcart/test-utils/marketplace"

jest.setTimeout(10 * 60_000)

// The server processes below are one deployment (same database and prefix) on this suite's Redis database.
const REDIS_URL = testRedisUrl(11)
const CARTS = 20

// This app only prepares data and serves retries; the server processes below run jobs and subscribers.
configEnv({ MEDUSA_WORKER_MODE: "server", RATE_LIMITS_ENABLED: "false" })

/** A real server process (`medusa start`) on the suite's database and Redis. */
async function startServer(databaseUrl: string) {
  const port = await freePort()
  return startApp({
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    PORT: String(port),
    MEDUSA_WORKER_MODE: "shared",
    DISABLE_ADMIN: "true",
    RATE_LIMITS_ENABLED: "false",
    CHECKOUT_LOCK_SECONDS: "10",
    CHECKOUT_SWEEP_SECONDS: "5",
  })
}

beforeAll(() => flushRedis(REDIS_URL))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    it("finishes or undoes every checkout a kill -9 interrupted, on retry or by the start-up sweep, exactly once", async () => {
      const container = getContainer()
      const query = container.resolve("query")
      const store = await seedStore(container)
      const a = await signUpActiveVendor(api, container, "Crash Kites")
      const b = await signUpActiveVendor(api, container, "Crash Yarn")
      const kite = await createStockedProduct(api, a, "Box Kite", 30, 100)
      const yarn = await createStockedProduct(api, b, "Wool Yarn", 7, 100)
      const buyers = await Promise.all([0, 1, 2, 3].map(() => signUpCustomer(api, store.key)))
      const carts: { id: string; buyer: (typeof buyers)[number] }[] = []
      for (let i = 0; i < CARTS; i++) {
        const buyer = buyers[i % buyers.length]
        const lines = [
          { variantId: kite.variantId, quantity: 1 },
          { variantId: yarn.variantId, quantity: 2 },
        ]
        carts.push({ id: await readyCart(api, buyer, store.regionId, lines), buyer })
      }
      const headers = (buyer: (typeof buyers)[number]) => ({ "content-type": "application/json", ...buyer.as().headers })
      const complete = (base: string, cart: (typeof carts)[number]) =>
        fetch(`${base}/store/carts/${cart.id}/complete`, { method: "POST", headers: headers(cart.buyer), body: "{}" }).then(
          async (r) => ({ status: r.status, body: await r.json().catch(() => null) }),
          () => ({ status: 0, body: null })
        )
      const groupsOf = async () =>
        (await query.graph({ entity: "order_group", fields: ["id", "cart_id", "completed_at"], filters: { cart_id: carts.map((c) => c.id) } })).data

      // 20 concurrent checkouts, and the server is killed as soon as the first of them has written its group.
      const first = await startServer(dbConfig.clientUrl)
      const inFlight = carts.map((cart) => complete(first.base, cart))
      await waitFor(async () => (await groupsOf()).length > 0, "a checkout to start", 60_000)
      process.kill(-first.server.child.pid!, "SIGKILL")
      await first.server.exited
      await Promise.all(inFlight)
      const halfDone = (await groupsOf()).filter((g: any) => !g.completed_at)
      expect(halfDone.length).toBeGreaterThan(0)

      // Restarted: half the carts are retried by their clients, the rest are left to the sweep.
      const second = await startServer(dbConfig.clientUrl)
      try {
        const retried = carts.filter((_, i) => i % 2 === 0)
        for (const cart of retried) {
          const answer = await waitFor(
            async () => {
              const res = await complete(second.base, cart)
              return res.status === 409 ? null : res
            },
            `a retry of ${cart.id}`,
            120_000
          )
          expect([answer.status, answer.body?.type, answer.body?.order_group?.orders?.length]).toEqual([200, "order", 2])
        }
        await waitFor(async () => (await groupsOf()).every((g: any) => g.completed_at), "the sweep to settle every checkout", 240_000)

        const { data: cartRows } = await query.graph({ entity: "cart", fields: ["id", "completed_at"], filters: { id: carts.map((c) => c.id) } })
        const groups = await groupsOf()
        const groupByCart = new Map(groups.map((g: any) => [g.cart_id, g.id]))
        // Every cart is either completed once, or open again with nothing left behind.
        for (const cart of cartRows) {
          expect(!!cart.completed_at).toBe(groupByCart.has(cart.id))
        }
        for (const cart of retried) {
          expect(groupByCart.has(cart.id)).toBe(true)
        }
        const { data: full } = await query.graph({
          entity: "order_group",
          fields: [
            "id",
            "orders.id",
            "orders.items.id",
            "orders.payment_collections.status",
            "payment_collection.status",
            "payment_collection.payments.canceled_at",
          ],
          filters: { id: groups.map((g: any) => g.id) },
        })
        for (const group of full) {
          expect(group.payment_collection.status).toBe("authorized")
          expect(group.payment_collection.payments.filter((p: any) => !p.canceled_at)).toHaveLength(1)
          expect(group.orders).toHaveLength(2)
          expect(group.orders.map((o: any) => o.payment_collections.map((pc: any) => pc.status))).toEqual([["authorized"], ["authorized"]])
        }
        // No order outlives its checkout, and each line of a finished checkout holds its stock once.
        const orderIds = full.flatMap((g: any) => g.orders.map((o: any) => o.id))
        const orders = await container.resolve(Modules.ORDER).listOrders({}, { select: ["id"], take: 1000 })
        expect(orders.map((o: any) => o.id).sort()).toEqual([...orderIds].sort())
        const { data: reservations } = await query.graph({ entity: "reservation", fields: ["line_item_id", "quantity"] })
        const lineIds = full.flatMap((g: any) => g.orders.flatMap((o: any) => o.items.map((i: any) => i.id)))
        expect(reservations.map((r: any) => r.line_item_id).sort()).toEqual([...lineIds].sort())
        // Each placed order was announced once: its payout was opened once (by the payouts plugin, on marketplace.order.placed).
        const payouts = container.resolve("payouts")
        await waitFor(async () => (await payouts.listPayouts({}, { take: 1000 })).length >= orderIds.length, "a payout per order", 60_000)
        const payoutOrders = (await payouts.listPayouts({}, { take: 1000 })).map((p: any) => p.order_id)
        expect(payoutOrders.sort()).toEqual([...orderIds].sort())

        // A cart the sweep opened again completes normally.
        const reopened = carts.find((c) => !groupByCart.has(c.id))
        if (reopened) {
          const again = await complete(second.base, reopened)
          expect([again.status, again.body?.order_group?.orders?.length]).toEqual([200, 2])
        }
      } finally {
        await second.server.stop()
      }
    })
  },
})
