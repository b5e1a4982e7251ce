import { spawn } from "node:child_process"
import { createHash } from "node:crypto"
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { delimiter, join } from "node:path"

const ROOT = join(__dirname, "../..")
const MEDUSA = "2.21.2"

/** What `create-medusa-app` puts in a new app, without its admin build and test tooling. */
const MEDUSA_APP_PACKAGES = {
  dependencies: {
    "@medusajs/admin-sdk": MEDUSA,
    "@medusajs/cli": MEDUSA,
    "@medusajs/framework": MEDUSA,
    "@medusajs/medusa": MEDUSA,
  },
  // What loads medusa-config.ts.
  devDependencies: { "@swc/core": "1.16.22", "ts-node": "10.9.2", typescript: "5.9.3" },
}

const TSCONFIG = {
  compilerOptions: {
    target: "ES2021",
    module: "Node16",
    moduleResolution: "Node16",
    esModuleInterop: true,
    skipLibCheck: true,
    strict: true,
    noEmit: true,
  },
  "ts-node": { swc: true },
}

/** Only what any shell has: no workspace paths, npm script variables or test settings. */
export function plainEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const path = (process.env.PATH ?? "").split(delimiter).filter((p) => !p.startsWith(ROOT))
  return {
    PATH: path.join(delimiter),
    HOME: process.env.HOME,
    LANG: process.env.LANG ?? "C.UTF-8",
    MEDUSA_DISABLE_TELEMETRY: "true",
    NODE_ENV: "development",
    ...extra,
  }
}

/** Runs a command to its end; resolves with its exit code and output. */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = plainEnv()) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    child.stdout.on("data", (d) => (output += d))
    child.stderr.on("data", (d) => (output += d))
    child.once("error", reject)
    child.once("exit", (code) => resolve({ code, output }))
  })
}

/** Like `run`, but throws with the output's tail unless the command succeeds; resolves with its output. */
export async function ok(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = plainEnv()) {
  const result = await run(command, args, cwd, env)
  if (result.code !== 0) {
    throw new Error(`${command} ${args.join(" ")} exited ${result.code}:\n${result.output.slice(-4000)}`)
  }
  return result.output
}

// From the npm cache where it has them (warm after the workspace's own install), else the registry.
const NPM_INSTALL = ["install", "--prefer-offline", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"]

/**
 * Medusa's own packages, installed once per machine into a folder of the temp dir (about 1,100
 * packages, a minute or more), keyed by their versions. Nothing of Broadcart is in it.
 */
async function medusaInstall(): Promise<{ dir: string; reused: boolean }> {
  const manifest = { name: "plain-medusa-app", private: true, ...MEDUSA_APP_PACKAGES }
  const key = createHash("sha256").update(JSON.stringify(manifest)).digest("hex").slice(0, 12)
  const dir = join(tmpdir(), `broadcart-medusa-${MEDUSA}-${key}`)
  if (existsSync(join(dir, ".installed"))) {
    return { dir, reused: true }
  }
  const partial = `${dir}.partial-${process.pid}`
  rmSync(partial, { recursive: true, force: true })
  mkdirSync(partial)
  writeFileSync(join(partial, "package.json"), JSON.stringify(manifest, null, 2))
  await ok("npm", NPM_INSTALL, partial)
  writeFileSync(join(partial, ".installed"), new Date().toISOString())
  rmSync(dir, { recursive: true, force: true })
  renameSync(partial, dir)
  return { dir, reused: false }
}

/**
 * A plain Medusa app in `app` (outside the workspace) with `tarballs` (package name → .tgz)
 * installed: Medusa's packages are hard-linked from the machine's install of them, then
 * `npm install` adds the tarballs and what they need, as it would in any app.
 */
export async function createPlainMedusaApp(app: string, tarballs: Record<string, string>, files: Record<string, string>) {
  const medusa = await medusaInstall()
  mkdirSync(app, { recursive: true })
  await ok("cp", ["-al", join(medusa.dir, "node_modules"), join(app, "node_modules")], app)
  // npm rewrites its hidden lockfile in place: the app gets its own, not a link to the shared one.
  rmSync(join(app, "node_modules/.package-lock.json"))
  copyFileSync(join(medusa.dir, "package-lock.json"), join(app, "package-lock.json"))
  const dependencies = {
    ...Object.fromEntries(Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`])),
    ...MEDUSA_APP_PACKAGES.dependencies,
  }
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "plain-medusa-app", private: true, dependencies, devDependencies: MEDUSA_APP_PACKAGES.devDependencies }, null, 2)
  )
  writeFileSync(join(app, "tsconfig.json"), JSON.stringify({ ...TSCONFIG, include: Object.keys(files).filter((f) => f.endsWith(".ts")) }, null, 2))
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(app, file, ".."), { recursive: true })
    writeFileSync(join(app, file), text)
  }
  await ok("npm", NPM_INSTALL, app)
  return { medusaInstallReused: medusa.reused }
}
