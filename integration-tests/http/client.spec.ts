import { spawnSync } from "node:child_process"
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import Medusa from "@medusajs/js-sdk"
import { BroadcartClient, FetchError } from "@broadcart/client"
import { adminHeaders, fromIp } from "@broadcart/test-utils"

jest.setTimeout(120_000)

const CLIENT_DIR = join(__dirname, "../../client")
const SNAPSHOT = join(CLIENT_DIR, "openapi.json")

let clients = 0

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    /** A client of the test app, from its own client IP (tests trust loopback as a proxy). */
    const client = (config: { publishableKey?: string } = {}) =>
      new BroadcartClient({
        baseUrl: api.defaults.baseURL,
        auth: { type: "jwt", jwtTokenStorageMethod: "memory" },
        globalHeaders: { "x-forwarded-for": `10.32.${Math.floor(++clients / 250)}.${clients % 250}` },
        ...config,
      })

    /** An admin signed in through the client (the user is created as the other suites do). */
    async function signedInAdmin() {
      await adminHeaders(getContainer(), api)
      const admin = client()
      await admin.medusa.auth.login("user", "emailpass", { email: "admin@test.local", password: "s3cret-pass" })
      return admin
    }

    /** A vendor signed up, approved by an admin and signed in, all through the client. */
    async function activeVendor(name: string) {
      const seller = client()
      const credentials = { email: `${name.toLowerCase().replace(/\W+/g, "-")}@vendors.test`, password: "vendor-pass-1" }
      await seller.medusa.auth.register("vendor", "emailpass", credentials)
      const { vendor } = (await seller.vendor.signup({ name, owner_name: `${name} Owner` })) as any
      expect(vendor.status).toBe("pending")
      await (await signedInAdmin()).admin.vendors.approve(vendor.id)
      await seller.medusa.auth.login("vendor", "emailpass", credentials)
      return { seller, vendor }
    }

    it("is typed from the document the app serves (UPDATE_API_DOCUMENTS=1 regenerates it)", async () => {
      const served = (await api.get("/openapi.json", fromIp("10.32.250.1"))).data
      if (process.env.UPDATE_API_DOCUMENTS === "1") {
        writeFileSync(SNAPSHOT, JSON.stringify(served, null, 2) + "\n")
        const generated = spawnSync("npm", ["run", "generate"], { cwd: CLIENT_DIR, encoding: "utf8" })
        expect(generated.status).toBe(0)
      }
      expect(served).toEqual(JSON.parse(readFileSync(SNAPSHOT, "utf8")))
    })

    it("has a method for every store, vendor and admin route of the document, and calls only those", async () => {
      const document = JSON.parse(readFileSync(SNAPSHOT, "utf8"))
      const operations = Object.entries(document.paths as Record<string, object>)
        .filter(([path]) => /^\/(store|vendor|admin)\//.test(path))
        .flatMap(([path, item]) => Object.keys(item).map((method) => ({ method: method.toUpperCase(), path })))
      const matches = (pattern: string, url: string) => new RegExp(`^${pattern.replace(/\{\w+\}/g, "[^/]+")}$`).test(url)
      // Each call is recorded instead of sent.
      const sdk = new Medusa({ baseUrl: "http://127.0.0.1:1" })
      const calls: string[] = []
      sdk.client.fetch = (async (url: string, init: { method: string }) => {
        const pathname = String(url)
        const same = operations.filter((o) => o.method === init.method)
        const op = same.find((o) => o.path === pathname) ?? same.find((o) => matches(o.path, pathname))
        calls.push(op ? `${op.method} ${op.path}` : `unknown: ${init.method} ${pathname}`)
        return {}
      }) as any
      const recording = new BroadcartClient(sdk)
      const callAll = async (tree: Record<string, unknown>) => {
        for (const value of Object.values(tree)) {
          typeof value === "function" ? await value("p1", "p2", {}) : await callAll(value as Record<string, unknown>)
        }
      }
      await callAll({ store: recording.store, vendor: recording.vendor, admin: recording.admin })
      expect(calls.filter((c) => c.startsWith("unknown"))).toEqual([])
      expect([...new Set(calls)].sort()).toEqual(operations.map((op) => `${op.method} ${op.path}`).sort())
    })

    it("signs a vendor up, has it approved and schedules a live stream through the client", async () => {
      const { seller, vendor } = await activeVendor("Client Shop")
      const me = (await seller.vendor.me()) as any
      expect(me.member.vendor).toMatchObject({ id: vendor.id, status: "active" })

      const { live_stream } = (await seller.vendor.liveStreams.create({ title: "Launch day", scheduled_at: "2031-01-01T18:00:00Z" })) as any
      expect(live_stream).toMatchObject({ title: "Launch day", status: "scheduled", vendor_id: vendor.id })
      const listed = (await seller.vendor.liveStreams.list({ status: "scheduled", limit: 5 })) as any
      expect(listed.live_streams.map((s: any) => s.id)).toEqual([live_stream.id])
      const updated = (await seller.vendor.liveStreams.update(live_stream.id, { title: "Launch night" })) as any
      expect(updated.live_stream.title).toBe("Launch night")

      const admin = await signedInAdmin()
      const vendors = (await admin.admin.vendors.list({ status: "active" } as any)) as any
      expect(vendors.vendors.map((v: any) => v.id)).toContain(vendor.id)
    })

    it("rejects a refused request with a FetchError carrying the status and the error message", async () => {
      const { seller } = await activeVendor("Strict Shop")
      const refused = await seller.vendor.liveStreams.create({} as any).catch((e: unknown) => e)
      expect(refused).toBeInstanceOf(FetchError)
      expect((refused as FetchError).status).toBe(400)
      expect((refused as FetchError).message).toMatch(/title/)
      const missing = await seller.vendor.liveStreams.retrieve("lstr_missing").catch((e: unknown) => e)
      expect((missing as FetchError).status).toBe(404)
    })

    it("lists live streams for the storefront with a publishable key", async () => {
      const [key] = await getContainer()
        .resolve(Modules.API_KEY)
        .createApiKeys([{ title: "Client test storefront", type: "publishable", created_by: "client.spec" }])
      const shop = client({ publishableKey: key.token })
      const live = (await shop.store.liveStreams.list()) as any
      expect(live).toMatchObject({ live_streams: [] })
      const withoutKey = await client()
        .store.liveStreams.list()
        .catch((e: unknown) => e)
      expect((withoutKey as FetchError).status).toBe(400)
    })
  },
})
