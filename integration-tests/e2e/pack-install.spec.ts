import { lstatSync, mkdtempSync, readdirSync, realpathSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Client } from "pg"
import { freePort, Running } from "@broadcart/test-utils"
import { createPlainMedusaApp, ok, plainEnv, run } from "../helpers/plain-medusa-app"

/**
 * Our packages as a third party gets them: `npm pack` @broadcart/core and @broadcart/admin (the
 * plugin that needs nothing but core), install the tarballs into a plain Medusa 2.21.2 app in a
 * temporary folder outside the workspace, register the plugin in its medusa-config.ts, migrate a
 * fresh database, start the app and call the plugin's route. Then a plugin that supports another
 * @broadcart/core stops the app, with or without pluginEntry.
 */
jest.setTimeout(10 * 60_000)

const ROOT = join(__dirname, "../..")
const started = Date.now()
const timings: string[] = []

function timed<T>(step: string, work: Promise<T>): Promise<T> {
  const from = Date.now()
  return work.finally(() => {
    const line = `${step}: ${((Date.now() - from) / 1000).toFixed(1)} s`
    timings.push(line)
    console.log(`[pack-install] ${line}`)
  })
}

/** ACME_PLUGIN registers the incompatible fixture plugin: through pluginEntry, or as a plain entry. */
const MEDUSA_CONFIG = `import { join } from "node:path"
import { defineConfig } from "@medusajs/framework/utils"
import { pluginEntry } from "@broadcart/core/options"

const acme = join(__dirname, "acme-plugin")

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      jwtSecret: "pack-install",
      cookieSecret: "pack-install",
      storeCors: "http://localhost:8000",
      adminCors: "http://localhost:9000",
      authCors: "http://localhost:9000",
    },
  },
  admin: { disable: true },
  plugins: [
    pluginEntry("@broadcart/admin", { storefrontUrl: "https://shop.example.com" }),
    ...(process.env.ACME_PLUGIN === "pluginEntry" ? [pluginEntry(acme)] : []),
    ...(process.env.ACME_PLUGIN === "plain" ? [{ resolve: acme, options: {} }] : []),
  ],
})
`

/** Compiles only if the packed declarations type the plugin's public entry and core's options. */
const TYPES_CHECK = `import type { AdminPluginOptions } from "@broadcart/admin"
import { pluginEntry, type ValidatedPluginEntry } from "@broadcart/core/options"

const options: AdminPluginOptions = { storefrontUrl: "https://shop.example.com" }
export const entry: ValidatedPluginEntry<AdminPluginOptions> = pluginEntry("@broadcart/admin", options)
// @ts-expect-error: storefrontUrl is a string
export const wrong: AdminPluginOptions = { storefrontUrl: 42 }
`

/** A built plugin for another @broadcart/core: its module checks the versions when it loads. */
const ACME_PLUGIN = {
  "acme-plugin/package.json": JSON.stringify({
    name: "acme-plugin",
    version: "3.0.0",
    peerDependencies: { "@broadcart/core": "^9.0.0", "@medusajs/framework": "~2.21.2" },
  }),
  "acme-plugin/.medusa/server/src/modules/acme/index.js": `const { Module } = require("@medusajs/framework/utils")
const { supportedVersionsLoader } = require("@broadcart/core/compat")
class AcmeService {}
exports.default = Module("acme", { service: AcmeService, loaders: [supportedVersionsLoader(__dirname)] })
`,
}

describe("a packed plugin in a plain Medusa app", () => {
  const work = realpathSync(mkdtempSync(join(tmpdir(), "broadcart-pack-install-")))
  const app = join(work, "app")
  const database = `broadcart_pack_install_${process.pid}`
  const db = {
    host: process.env.DB_HOST ?? "localhost",
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USERNAME ?? "postgres",
    password: process.env.DB_PASSWORD ?? "",
  }
  const databaseUrl = `postgres://${encodeURIComponent(db.user)}:${encodeURIComponent(db.password)}@${db.host}:${db.port}/${database}`
  const running: Running[] = []

  async function admin(sql: string) {
    const client = new Client({ ...db, database: "postgres" })
    await client.connect()
    await client.query(sql)
    await client.end()
  }

  const medusa = (args: string[], env: Record<string, string> = {}) =>
    run(process.execPath, [join(app, "node_modules/@medusajs/cli/cli.js"), ...args], app, plainEnv({ DATABASE_URL: databaseUrl, ...env }))

  beforeAll(async () => {
    await admin(`DROP DATABASE IF EXISTS ${database}`)
    await admin(`CREATE DATABASE ${database}`)
  })

  afterAll(async () => {
    for (const proc of running) {
      await proc.stop()
    }
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
    rmSync(work, { recursive: true, force: true })
    console.log(`[pack-install] total ${((Date.now() - started) / 1000).toFixed(1)} s (${timings.join(", ")})`)
  })

  it("installs from the tarballs alone, migrates, starts and answers the plugin's route", async () => {
    const tarballs: Record<string, string> = {}
    await timed(
      "npm pack",
      Promise.all(
        [
          ["@broadcart/core", "core"],
          ["@broadcart/admin", "admin"],
        ].map(async ([name, dir]) => {
          const out = await ok("npm", ["pack", "--pack-destination", work, "--loglevel=error"], join(ROOT, dir))
          tarballs[name] = join(work, out.trim().split("\n").pop()!)
        })
      )
    )
    const { medusaInstallReused } = await timed(
      "install (Medusa's packages, then the tarballs)",
      createPlainMedusaApp(app, tarballs, { "medusa-config.ts": MEDUSA_CONFIG, "types-check.ts": TYPES_CHECK, ...ACME_PLUGIN })
    )
    console.log(`[pack-install] Medusa's packages: ${medusaInstallReused ? "linked from this machine's install of them" : "installed"}`)
    // Installed copies, not links into the workspace: @broadcart/core resolves from its tarball.
    for (const name of ["@broadcart/core", "@broadcart/admin"]) {
      expect({ name, linked: lstatSync(join(app, "node_modules", name)).isSymbolicLink() }).toEqual({ name, linked: false })
    }
    expect(readdirSync(join(app, "node_modules/@broadcart")).sort()).toEqual(["admin", "core"])

    const [migrated, typed] = await Promise.all([
      timed("medusa db:migrate", medusa(["db:migrate"])),
      timed("tsc", run(process.execPath, [join(app, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"], app, plainEnv())),
    ])
    expect([migrated.code, migrated.output.slice(-2000)]).toEqual([0, expect.any(String)])
    expect([typed.code, typed.output]).toEqual([0, ""])

    const user = await timed("medusa user", medusa(["user", "-e", "admin@example.com", "-p", "pack-install-secret"]))
    expect([user.code, user.output.slice(-2000)]).toEqual([0, expect.stringContaining("User created successfully")])

    const port = await freePort()
    const server = Running.start(process.execPath, [join(app, "node_modules/@medusajs/cli/cli.js"), "start"], {
      cwd: app,
      env: plainEnv({ DATABASE_URL: databaseUrl, PORT: String(port) }),
    })
    running.push(server)
    await timed("medusa start", server.waitFor(/Server is ready on port/, 3 * 60_000))

    const base = `http://localhost:${port}`
    const login = await fetch(`${base}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin@example.com", password: "pack-install-secret" }),
    })
    expect(login.status).toBe(200)
    const { token } = await login.json()
    const plugins = await fetch(`${base}/admin/broadcart/plugins`, { headers: { authorization: `Bearer ${token}` } })
    expect(plugins.status).toBe(200)
    expect(await plugins.json()).toEqual({
      count: 1,
      plugins: [
        {
          name: "@broadcart/admin",
          version: "0.1.0",
          options: { storefrontUrl: "https://shop.example.com" },
          options_schema: expect.objectContaining({
            properties: { storefrontUrl: expect.objectContaining({ type: "string", format: "uri" }) },
          }),
        },
      ],
    })
    expect(await server.stop()).toBe(0)
  })

  it("refuses to start a plugin made for another @broadcart/core, registered through pluginEntry", async () => {
    const result = await timed("medusa start (pluginEntry, unsupported)", medusa(["start"], { ACME_PLUGIN: "pluginEntry", PORT: String(await freePort()) }))
    expect(result.code).not.toBe(0)
    expect(result.output).toContain("Plugin acme-plugin supports @broadcart/core ^9.0.0, but @broadcart/core 0.1.0 is installed")
  })

  it("refuses to start it when registered without pluginEntry too: its module checks", async () => {
    const result = await timed("medusa start (plain entry, unsupported)", medusa(["start"], { ACME_PLUGIN: "plain", PORT: String(await freePort()) }))
    expect(result.code).not.toBe(0)
    expect(result.output).toContain("Plugin acme-plugin supports @broadcart/core ^9.0.0, but @broadcart/core 0.1.0 is installed")
  })
})
