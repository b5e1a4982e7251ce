import { z } from "@medusajs/framework/zod"
import { definePluginOptions } from "../plugin-options"
import { readPluginOptions } from "../read-plugin-options"

const definition = definePluginOptions("@acme/plugin-demo", z.object({ greeting: z.string().default("hi") }).strict())
const scope = (options: Record<string, unknown>) => ({ resolve: () => ({ plugins: [{ resolve: "@acme/plugin-demo", options }] }) })

describe("readPluginOptions", () => {
  it("reads a plugin's options with defaults, past the keys Medusa adds to them when its modules load", () => {
    expect(readPluginOptions(scope({ database: { clientUrl: "postgres://x" } }), definition)).toEqual({ greeting: "hi" })
    expect(readPluginOptions(scope({ greeting: "hello", database: {} }), definition)).toEqual({ greeting: "hello" })
  })

  it("still refuses a declared option with a bad value", () => {
    expect(() => readPluginOptions(scope({ greeting: 42 }), definition)).toThrow(/option "greeting"/)
  })
})
