import { z } from "@medusajs/framework/zod"
import {
  definePluginOptions,
  describePluginOptions,
  parseModuleOptions,
  parsePluginOptions,
  pluginEntry,
  PluginOptionsError,
  redactPluginOptions,
} from "../plugin-options"

const payouts = definePluginOptions(
  "@broadcart/plugin-example",
  z.object({
    apiKey: z.string().min(1).meta({ secret: true }),
    holdDays: z.number().int().min(0).default(7),
    currency: z.string().length(3).default("usd"),
  })
)

describe("plugin options", () => {
  it("applies defaults to valid options", () => {
    expect(parsePluginOptions(payouts, { apiKey: "sk_test" })).toEqual({
      apiKey: "sk_test",
      holdDays: 7,
      currency: "usd",
    })
  })

  it("names the plugin and every bad field", () => {
    let error: PluginOptionsError | undefined
    try {
      parsePluginOptions(payouts, { apiKey: "", holdDays: -1 })
    } catch (e) {
      error = e as PluginOptionsError
    }
    expect(error).toBeInstanceOf(PluginOptionsError)
    expect(error!.plugin).toBe("@broadcart/plugin-example")
    expect(error!.issues.map((i) => i.field)).toEqual(["apiKey", "holdDays"])
    expect(error!.message).toMatch(/^Invalid options for plugin @broadcart\/plugin-example: option "apiKey": .+; option "holdDays": .+/)
  })

  it("describes the schema as JSON Schema with secrets marked", () => {
    const schema = describePluginOptions(payouts) as any
    expect(schema.properties.apiKey).toMatchObject({ type: "string", secret: true })
    expect(schema.properties.holdDays).toMatchObject({ type: "integer", default: 7 })
    expect(schema.required).toEqual(["apiKey"])
  })

  it("redacts secrets and keeps the rest", () => {
    expect(redactPluginOptions(payouts, { apiKey: "sk_live_123", holdDays: 3 })).toEqual({
      apiKey: "********",
      holdDays: 3,
    })
  })

  describe("pluginEntry for a real plugin package", () => {
    it("validates options against the schema the plugin exports", () => {
      expect(pluginEntry("@broadcart/admin", { storefrontUrl: "https://shop.example.com" })).toEqual({
        resolve: "@broadcart/admin",
        options: { storefrontUrl: "https://shop.example.com" },
      })
    })

    it("stops on a bad value, naming plugin and field", () => {
      expect(() => pluginEntry("@broadcart/admin", { storefrontUrl: "not a url" })).toThrow(
        'Invalid options for plugin @broadcart/admin: option "storefrontUrl": Invalid URL'
      )
    })

    it("stops on an unknown option", () => {
      expect(() => pluginEntry("@broadcart/admin", { storefrontURL: "https://x.io" })).toThrow(
        /@broadcart\/admin: option "\(options\)": Unrecognized key: "storefrontURL"/
      )
    })

    it("stops on a package that declares no options", () => {
      expect(() => pluginEntry("@broadcart/not-installed")).toThrow(/declares no options schema/)
    })
  })
})

describe("parseModuleOptions", () => {
  it("checks only the declared keys of module options, ignoring Medusa's own", () => {
    const strict = definePluginOptions("@broadcart/plugin-strict", z.object({ holdDays: z.number().default(7) }).strict())
    expect(parseModuleOptions(strict, { database: { clientUrl: "postgres://" }, holdDays: 3 })).toEqual({ holdDays: 3 })
    expect(() => parseModuleOptions(strict, { holdDays: "3" })).toThrow(/option "holdDays"/)
  })
})
