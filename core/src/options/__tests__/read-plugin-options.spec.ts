import { z } from "@medusajs/framework/zod"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { definePluginOptions } from "../plugin-options"
import { readPluginOptions } from "../read-plugin-options"

const example = definePluginOptions("@broadcart/plugin-example", z.object({ maxItems: z.number().int().default(1000), label: z.string().optional() }).strict())

/** A container as routes, subscribers, jobs and steps get it: it resolves the app's config. */
const containerWith = (plugins: unknown[]) => {
  const config = { plugins }
  return { resolve: (key: string) => (key === ContainerRegistrationKeys.CONFIG_MODULE ? config : undefined) }
}

// The four readers in a running app are tested by the generated plugin's HTTP suite (npm run new-plugin).
describe("readPluginOptions", () => {
  it("applies defaults to the options registered in medusa-config.ts", () => {
    const container = containerWith([{ resolve: "@broadcart/plugin-example", options: { label: "Hi" } }])
    expect(readPluginOptions(container, example)).toEqual({ maxItems: 1000, label: "Hi" })
  })

  it("ignores the keys Medusa adds to the options of a plugin with modules, even with a strict schema", () => {
    const container = containerWith([{ resolve: "@broadcart/plugin-example", options: { maxItems: 5, database: { clientUrl: "postgres://" } } }])
    expect(readPluginOptions(container, example)).toEqual({ maxItems: 5 })
  })

  it("reads a plugin registered by name alone", () => {
    expect(readPluginOptions(containerWith(["@broadcart/plugin-example"]), example)).toEqual({ maxItems: 1000 })
  })

  it("names the plugin when it is not registered", () => {
    expect(() => readPluginOptions(containerWith([]), example)).toThrow("Plugin @broadcart/plugin-example is not registered in medusa-config.ts")
  })
})
