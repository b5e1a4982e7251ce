import { join } from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { __NAME_SNAKE___MODULE } from ".."
import type __Name__ModuleService from "../service"

jest.setTimeout(30_000)

moduleIntegrationTestRunner<__Name__ModuleService>({
  moduleName: __NAME_SNAKE___MODULE,
  resolve: join(__dirname, ".."),
  testSuite: ({ service }) => {
    it("creates items with prefixed ids", async () => {
      const item = await service.create__Name__Items({ title: "First" })
      expect(item).toMatchObject({ id: expect.stringMatching(/^__prefix___/), title: "First" })
    })

    it("counts the items it holds", async () => {
      expect(await service.countItems()).toBe(0)
      await service.create__Name__Items([{ title: "One" }, { title: "Two" }])
      expect(await service.countItems()).toBe(2)
    })
  },
})
