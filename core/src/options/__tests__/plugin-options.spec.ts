import { z } from "@medusajs/framework/zod"
import {
  definePluginOptions,
  describePluginOptions,
  parseModuleOptions,
  parsePluginOptions,
  pluginEntry,
  loadPluginOptionsDefinition,
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

  it("drops keys the schema does not declare, such as the database options Medusa adds", () => {
    const options = { apiKey: "sk_live_123", holdDays: 3, database: { clientUrl: "postgres://app:pw@db/shop" }, extra: "x" }
    expect(redactPluginOptions(payouts, options)).toEqual({ apiKey: "********", holdDays: 3 })
  })

  it("drops undeclared keys in nested objects and arrays, keeping every key of a record", () => {
    const nested = definePluginOptions(
      "@broadcart/plugin-nested",
      z.object({
        commission: z.object({ percentage: z.number(), fixed: z.record(z.string(), z.number()) }).prefault({} as never),
        hosts: z.array(z.object({ url: z.string() })).default([]),
        note: z.string().nullable(),
      })
    )
    const options = {
      commission: { percentage: 10, fixed: { usd: 0.3, eur: 0.25 }, clientUrl: "postgres://app:pw@db/shop" },
      hosts: [{ url: "https://a.example", password: "pw" }],
      note: null,
    }
    expect(redactPluginOptions(nested, options)).toEqual({
      commission: { percentage: 10, fixed: { usd: 0.3, eur: 0.25 } },
      hosts: [{ url: "https://a.example" }],
      note: null,
    })
  })

  it("redacts secrets at any depth, also optional and nullable ones", () => {
    const deep = definePluginOptions(
      "@broadcart/plugin-deep",
      z.object({
        store: z.object({ url: z.string().meta({ secret: true }).nullable(), name: z.string() }),
        tokens: z.array(z.string().meta({ secret: true })),
      })
    )
    expect(redactPluginOptions(deep, { store: { url: "redis://:pw@cache", name: "main" }, tokens: ["t1"] })).toEqual({
      store: { url: "********", name: "main" },
      tokens: ["********"],
    })
  })

  describe("pluginEntry for a real plugin package", () => {
    it("masks the live-streaming plugin's realtime Redis URL, which may hold a password", () => {
      const live = loadPluginOptionsDefinition("@broadcart/plugin-live-streaming")!
      expect(redactPluginOptions(live, { realtimeRedisUrl: "redis://:hunter2@cache:6379/0", realtimePort: 9001 })).toEqual({
        realtimeRedisUrl: "********",
        realtimePort: 9001,
      })
    })

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
