import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { adminHeaders } from "@broadcart/test-utils" // @admin
import check__Name__Capacity from "../../src/jobs/check-capacity"
import { __NAME_SNAKE___MODULE } from "../../src/modules/__name__"
import type __Name__ModuleService from "../../src/modules/__name__/service"

jest.setTimeout(120_000)

/** Polls until `check` holds, for what follows a response (subscribers). */
async function until(check: () => boolean, what: string, timeoutMs = 10_000) {
  for (const deadline = Date.now() + timeoutMs; !check(); await new Promise((r) => setTimeout(r, 100))) {
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}`)
    }
  }
}

// The app of medusa-config.ts, where the plugin is registered with its default options (maxItems 1000, warnAtPercent 90).
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string>; validateStatus: () => boolean }
    const service = () => getContainer().resolve<__Name__ModuleService>(__NAME_SNAKE___MODULE)
    const logger = () => getContainer().resolve(ContainerRegistrationKeys.LOGGER)
    const addItems = (count: number) => service().create__Name__Items(Array.from({ length: count }, (_, i) => ({ title: `Item ${i}` })))

    beforeEach(async () => {
      const [key] = await getContainer()
        .resolve(Modules.API_KEY)
        .createApiKeys([{ title: "__Title__ test", type: "publishable", created_by: "test" }])
      store = { headers: { "x-publishable-api-key": key.token }, validateStatus: () => true }
    })

    afterEach(() => jest.restoreAllMocks())

    it("adds an item through its workflow, and the subscriber hears of it with the plugin's options", async () => {
      const info = jest.spyOn(logger(), "info")
      const res = await api.post("/store/__name__", { title: "First" }, store)
      expect(res.status).toBe(201)
      expect(res.data.item).toMatchObject({ id: expect.stringMatching(/^__prefix___/), title: "First" })
      const line = `__Title__: item ${res.data.item.id} created, 1 of 1000`
      await until(() => info.mock.calls.some(([message]) => message === line), line)
    })

    it("lists the items with how many the store may hold, which the route reads from the options", async () => {
      await addItems(2)
      const res = await api.get("/store/__name__?limit=1", store)
      expect(res.status).toBe(200)
      expect(res.data).toMatchObject({ count: 2, limit: 1, offset: 0, max_items: 1000 })
      expect(res.data.items).toEqual([expect.objectContaining({ title: expect.stringMatching(/^Item /) })])
    })

    it("refuses a body that does not match the validator", async () => {
      expect((await api.post("/store/__name__", {}, store)).status).toBe(400)
      expect((await api.post("/store/__name__", { title: "Extra", price: 1 }, store)).status).toBe(400)
      expect(await service().countItems()).toBe(0)
    })

    it("refuses an item past maxItems in the workflow's validation step", async () => {
      await addItems(1000)
      const res = await api.post("/store/__name__", { title: "One too many" }, store)
      expect([res.status, res.data.message]).toEqual([400, "The store holds its 1000 items already"])
      expect(await service().countItems()).toBe(1000)
    })

    it("warns from the daily job once the store holds warnAtPercent of maxItems", async () => {
      const warn = jest.spyOn(logger(), "warn")
      await addItems(899)
      await check__Name__Capacity(getContainer())
      expect(warn).not.toHaveBeenCalled()
      await addItems(1)
      await check__Name__Capacity(getContainer())
      expect(warn).toHaveBeenCalledWith("__Title__: 900 of 1000 items; raise maxItems or remove some")
    })
    // @admin-start

    it("lists the items for the admin page, to admins only", async () => {
      await addItems(1)
      const admin = await adminHeaders(getContainer(), api)
      const res = await api.get("/admin/__name__", admin)
      expect([res.status, res.data.count]).toEqual([200, 1])
      expect((await api.get("/admin/__name__", { validateStatus: () => true })).status).toBe(401)
    })
    // @admin-end
  },
})
