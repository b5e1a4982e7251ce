import { relative } from "node:path"
import { ROOT } from "./lib/env.mjs"
import { linkPlugin, nameProblem, registerPlugin, writePlugin } from "./lib/scaffold.mjs"

const USAGE = `Usage: npm run new-plugin -- <name> [--no-admin]

Creates plugins/<name> (@broadcart/plugin-<name>) in the layout of docs/plugins.md, with an admin
page unless --no-admin, links it into the workspace and registers it in medusa-config.ts.`

const args = process.argv.slice(2)
const flags = args.filter((a) => a.startsWith("--"))
const [name, ...extra] = args.filter((a) => !a.startsWith("--"))
const unknown = flags.filter((f) => !["--no-admin", "--help"].includes(f))
if (flags.includes("--help") || !name || extra.length || unknown.length) {
  console.log(unknown.length ? `Unknown option ${unknown.join(", ")}\n\n${USAGE}` : USAGE)
  process.exit(flags.includes("--help") ? 0 : 1)
}
const problem = nameProblem(name)
if (problem) {
  console.error(`Cannot create the plugin: ${problem}`)
  process.exit(1)
}

const packageName = `@broadcart/plugin-${name}`
const files = await writePlugin({ name, admin: !flags.includes("--no-admin") })
linkPlugin(name)
const registered = registerPlugin(packageName)
console.log(`Created plugins/${name} (${packageName}), ${files.length} files:`)
console.log(files.map((f) => `  ${f}`).join("\n"))
console.log(
  registered
    ? `Registered in medusa-config.ts: pluginEntry("${packageName}")`
    : `Add it to the plugins of ${relative(process.cwd(), ROOT) || "."}/medusa-config.ts:\n  pluginEntry("${packageName}"),`
)
console.log(`
Next:
  npm install                  to record the new workspace package in package-lock.json
  npm test -- plugins/${name}  to build it and run its tests
  npm run dev                  to serve it, rebuilt on every change under plugins/${name}/src`)
