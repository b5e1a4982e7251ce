import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, readlinkSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Client } from "pg"
import { flushRedis, freePort, Running, testRedisUrl } from "@broadcart/test-utils"
import { copyWorkspace } from "./workspace-copy"

/**
 * The plugin author's kit, as an author uses it, in a copy of the workspace (other suites run
 * from the checkout meanwhile): `npm run new-plugin` scaffolds plugins that build, load in the
 * app and pass their own tests without edits; `npm run dev` rebuilds a changed plugin.
 */
jest.setTimeout(20 * 60_000)

const ROOT = join(__dirname, "../..")
const REDIS_URL = testRedisUrl(13)
// Unique per run, so a run that died before its cleanup leaves no clash; letters only, as plugin names are.
const suffix = [...Date.now().toString(26)].map((c) => String.fromCharCode(97 + parseInt(c, 26))).join("")
const full = `kit-full-${suffix}`
const lite = `kit-lite-${suffix}`

describe("the plugin author kit", () => {
  let workspace: ReturnType<typeof copyWorkspace>
  const timings: string[] = []

  async function timed<T>(what: string, task: () => T | Promise<T>): Promise<T> {
    const started = Date.now()
    try {
      return await task()
    } finally {
      timings.push(`${what}: ${((Date.now() - started) / 1000).toFixed(1)}s`)
    }
  }

  /** Runs a command in the copy (or a folder of it); returns its exit code and output. */
  function run(command: string, args: string[], cwd = workspace.dir, env: NodeJS.ProcessEnv = {}) {
    const result = spawnSync(command, args, { cwd, env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", ...env }, encoding: "utf8" })
    return { code: result.status, output: `${result.stdout}${result.stderr}` }
  }
  const newPlugin = (...args: string[]) => run(process.execPath, ["scripts/new-plugin.mjs", ...args])
  const inCopy = (...path: string[]) => join(workspace.dir, ...path)

  beforeAll(async () => {
    workspace = await timed("copy the workspace", () => copyWorkspace(ROOT))
  })

  afterAll(() => {
    console.log(`Plugin kit timings:\n  ${timings.join("\n  ")}`)
    workspace?.remove()
  })

  describe("npm run new-plugin", () => {
    it("refuses a name that is not kebab-case, or that a plugin, a module or a Medusa route has", () => {
      expect(newPlugin("Gift_Cards")).toEqual({ code: 1, output: expect.stringContaining('"Gift_Cards" is not a kebab-case name') })
      expect(newPlugin("gift-cards-2")).toEqual({ code: 1, output: expect.stringContaining('"gift-cards-2" is not a kebab-case name of letters') })
      expect(newPlugin("marketplace")).toEqual({ code: 1, output: expect.stringContaining("plugins/marketplace exists already") })
      expect(newPlugin("product")).toEqual({ code: 1, output: expect.stringContaining('a module named "product" exists already') })
      expect(newPlugin("carts")).toEqual({ code: 1, output: expect.stringContaining("Medusa serves /store/carts or /admin/carts itself") })
      expect(newPlugin()).toEqual({ code: 1, output: expect.stringContaining("Usage: npm run new-plugin") })
      expect(readdirSync(inCopy("plugins")).sort()).toEqual(readdirSync(join(ROOT, "plugins")).sort())
    })

    it("scaffolds a plugin in the documented layout, links it and registers it in medusa-config.ts", async () => {
      const { code, output } = await timed("scaffold", () => newPlugin(full))
      expect(code).toBe(0)
      expect(output).toContain(`Registered in medusa-config.ts: pluginEntry("@broadcart/plugin-${full}")`)
      const plugin = (...path: string[]) => inCopy("plugins", full, ...path)
      for (const path of [
        "package.json",
        "README.md",
        "LICENSE",
        "src/options.ts",
        "src/events.ts",
        "src/index.ts",
        `src/modules/${full}/index.ts`,
        `src/modules/${full}/service.ts`,
        `src/modules/${full}/models/item.ts`,
        `src/modules/${full}/__tests__/service.spec.ts`,
        "src/api/middlewares.ts",
        `src/api/store/${full}/route.ts`,
        `src/api/store/${full}/validators.ts`,
        `src/api/store/${full}/query-config.ts`,
        "src/workflows/create-item.ts",
        "src/workflows/steps/check-capacity.ts",
        "src/workflows/steps/create-item.ts",
        "src/subscribers/item-created.ts",
        "src/jobs/check-capacity.ts",
        `src/admin/routes/${full}/page.tsx`,
        `integration-tests/http/${full}.spec.ts`,
      ]) {
        expect({ path, exists: existsSync(plugin(path)) }).toEqual({ path, exists: true })
      }
      expect(readdirSync(plugin(`src/modules/${full}/migrations`)).sort()).toEqual([
        `.snapshot-medusa-${full}.json`,
        expect.stringMatching(/^Migration\d{14}\.ts$/),
      ])
      expect(readFileSync(inCopy("medusa-config.ts"), "utf8")).toContain(`    pluginEntry("@broadcart/plugin-${full}"),\n  ],`)
      expect(JSON.parse(readFileSync(inCopy("package.json"), "utf8")).dependencies[`@broadcart/plugin-${full}`]).toBe("*")
      expect(readlinkSync(inCopy("node_modules/@broadcart", `plugin-${full}`))).toBe(`../../plugins/${full}`)
      // Each of the four readers of the plugin's options goes through the one helper from core.
      for (const reader of [
        `src/api/store/${full}/route.ts`,
        "src/subscribers/item-created.ts",
        "src/jobs/check-capacity.ts",
        "src/workflows/steps/check-capacity.ts",
      ]) {
        expect(readFileSync(plugin(reader), "utf8")).toContain("readPluginOptions(")
      }
      expect(newPlugin(full)).toEqual({ code: 1, output: expect.stringContaining(`plugins/${full} exists already`) })
      const lint = await timed("lint the scaffolded plugin", () => run("npx", ["eslint", "--max-warnings=0", `plugins/${full}`]))
      expect([lint.code, lint.output]).toEqual([0, ""])
      expect(run("npx", ["prettier", "--check", `plugins/${full}`]).code).toBe(0)
    })

    it("ships a migration that matches its model: medusa plugin:db:generate finds nothing to add", async () => {
      const dir = inCopy("plugins", full)
      const { code, output } = await timed("plugin:db:generate", () =>
        run(process.execPath, [inCopy("node_modules/@medusajs/cli/cli.js"), "plugin:db:generate"], dir, { LOG_LEVEL: "info" })
      )
      expect([code, output]).toEqual([0, expect.stringContaining("No migration created")])
      expect(readdirSync(join(dir, `src/modules/${full}/migrations`))).toHaveLength(2)
    })

    it("scaffolds a plugin without src/admin that builds with its own npm run build", async () => {
      expect(newPlugin(lite, "--no-admin").code).toBe(0)
      const dir = inCopy("plugins", lite)
      expect(existsSync(join(dir, "src/admin"))).toBe(false)
      expect(existsSync(join(dir, "src/api/admin"))).toBe(false)
      expect(JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).exports["./admin"]).toBeUndefined()
      expect(readFileSync(join(dir, "src/api/middlewares.ts"), "utf8")).not.toMatch(/admin/i)
      expect(readFileSync(join(dir, `integration-tests/http/${lite}.spec.ts`), "utf8")).not.toMatch(/admin/i)

      const { code, output } = await timed("npm run build of a plugin without admin", () => run("npm", ["run", "build"], dir, { LOG_LEVEL: "info" }))
      expect([code, output]).toEqual([0, expect.stringContaining("Plugin build completed successfully")])
      expect(output).not.toContain("Compiling plugin admin extensions")
      expect(existsSync(join(dir, `.medusa/server/src/api/store/${lite}/route.js`))).toBe(true)
      expect(existsSync(join(dir, ".medusa/server/src/admin"))).toBe(false)
    })

    it("builds both plugins, loads them in the app, and their own tests pass without edits", async () => {
      const build = await timed("build the scaffolded plugins", () => run(process.execPath, ["scripts/build.mjs", "--packages"]))
      expect([build.code, build.output]).toEqual([0, expect.stringContaining(`Building plugins/${full}`)])
      expect(build.output).not.toMatch(/Building plugins\/(marketplace|analytics)/)
      const tests = await timed("the scaffolded plugins' own tests", () =>
        run(process.execPath, ["scripts/test.mjs", `plugins/${full}/`, `plugins/${lite}/`], workspace.dir, { TEST_WORKERS: "1" })
      )
      expect([tests.code, tests.output]).toEqual([0, expect.stringMatching(/Test Suites: 4 passed, 4 total/)])
      expect(tests.output).toMatch(/Tests: +15 passed, 15 total/)
    })
  })

  describe("npm run dev", () => {
    const database = `broadcart_kit_dev_${suffix}`
    const admin = () =>
      new Client({
        host: process.env.DB_HOST ?? "localhost",
        port: Number(process.env.DB_PORT ?? 5432),
        user: process.env.DB_USERNAME ?? "postgres",
        password: process.env.DB_PASSWORD || undefined,
        database: "postgres",
      })
    const dataDir = mkdtempSync(join(tmpdir(), "broadcart-kit-dev-"))
    let dev: Running | undefined

    beforeAll(async () => {
      const client = admin()
      await client.connect()
      await client.query(`CREATE DATABASE "${database}"`)
      await client.end()
      await flushRedis(REDIS_URL)
    })

    afterAll(async () => {
      await dev?.stop()
      const client = admin()
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
      await client.end()
      rmSync(dataDir, { recursive: true, force: true })
    })

    it("rebuilds a plugin whose src changed, restarts once, and the server answers with the new code", async () => {
      const url = new URL(`postgres://localhost/${database}`)
      url.hostname = process.env.DB_HOST ?? "localhost"
      url.port = process.env.DB_PORT ?? "5432"
      url.username = process.env.DB_USERNAME ?? "postgres"
      url.password = process.env.DB_PASSWORD ?? ""
      const port = await freePort()
      const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url.toString(), REDIS_URL, PORT: String(port), BROADCART_DATA_DIR: dataDir }
      Object.assign(env, { DISABLE_ADMIN: "true", LOG_LEVEL: "info", NODE_ENV: "development", MEDUSA_WORKER_MODE: "shared" })
      delete env.TEST_REDIS_URL
      dev = Running.start(process.execPath, ["scripts/start.mjs", "--dev"], { cwd: workspace.dir, env })
      const [, key] = await timed("npm run dev: setup and first start", () => dev!.waitFor(/Publishable key: (pk_\w+)/, 8 * 60_000))
      const answer = async () => {
        const res = await fetch(`http://localhost:${port}/store/${lite}`, { headers: { "x-publishable-api-key": key } })
        return { status: res.status, body: await res.json() }
      }
      expect(await answer()).toEqual({ status: 200, body: expect.objectContaining({ items: [], max_items: 1000 }) })
      expect((await answer()).body.edited).toBeUndefined()

      const route = inCopy("plugins", lite, `src/api/store/${lite}/route.ts`)
      const original = readFileSync(route, "utf8")
      let afterEdit: string
      try {
        writeFileSync(route, original.replace("max_items: maxItems", "max_items: maxItems, edited: true"))
        await timed("npm run dev: rebuild and restart after an edit", async () => {
          const deadline = Date.now() + 5 * 60_000
          while (!(await answer().catch(() => undefined))?.body?.edited) {
            if (Date.now() > deadline) {
              throw new Error(`The edited route never answered:\n${dev!.output.slice(-3000)}`)
            }
            await new Promise((r) => setTimeout(r, 500))
          }
        })
        afterEdit = dev.output.slice(dev.output.indexOf(`Changed: plugins/${lite}/src/api/store/${lite}/route.ts`))
      } finally {
        writeFileSync(route, original)
      }
      expect(afterEdit).toContain(`Building plugins/${lite}`)
      expect(afterEdit).not.toMatch(/Building plugins\/(marketplace|analytics|live-streaming|stripe-payouts)/)
      expect(afterEdit.match(/Restarting the server/g)).toHaveLength(1)
    })
  })
})
