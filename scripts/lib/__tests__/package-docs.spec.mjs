import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { join } from "node:path"
import { ROOT } from "../env.mjs"
import { documentedPackages, generatedSections, optionsTable, withGeneratedSections } from "../package-docs.mjs"

const require = createRequire(import.meta.url)

describe("package READMEs", () => {
  it("carry the versions, options, routes and events each package's code declares (npm run readmes)", () => {
    for (const dir of documentedPackages()) {
      const readme = readFileSync(join(dir, "README.md"), "utf8")
      for (const name of ["compatibility", "options", "routes", "events"]) {
        expect({ dir, name, marked: readme.includes(`<!-- generated:${name} -->`) }).toEqual({ dir, name, marked: true })
      }
      expect({ dir, readme }).toEqual({ dir, readme: withGeneratedSections(readme, generatedSections(dir)) })
    }
  })

  it("tables options with their types, defaults, nested fields and secrets", () => {
    const { z } = require("@medusajs/framework/zod")
    const { definePluginOptions } = require(join(ROOT, "core/dist/options/index.js"))
    const definition = definePluginOptions(
      "acme",
      z.object({
        apiKey: z.string().meta({ secret: true }).describe("Key"),
        mode: z.enum(["a", "b"]).default("a"),
        limits: z.object({ perMinute: z.number().int().default(60) }).prefault({}),
      })
    )
    expect(optionsTable(definition).split("\n")).toEqual([
      "| Option | Type | Default | Description |",
      "| --- | --- | --- | --- |",
      "| `apiKey` | string | required | Key (secret: shown masked in the admin) |",
      '| `mode` | "a" \\| "b" | `"a"` |  |',
      "| `limits` | object | `{}` |  |",
      "| `limits.perMinute` | integer | `60` |  |",
    ])
  })

  it("replaces only what sits between a section's markers", () => {
    const readme = "# x\n\n<!-- generated:routes -->\nold\n<!-- /generated:routes -->\n\nkept\n"
    expect(withGeneratedSections(readme, { routes: "new" })).toBe("# x\n\n<!-- generated:routes -->\nnew\n<!-- /generated:routes -->\n\nkept\n")
  })
})
