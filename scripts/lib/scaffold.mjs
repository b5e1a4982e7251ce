import { createRequire } from "node:module"
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs"
import { dirname, join, relative } from "node:path"
import { ROOT } from "./env.mjs"

export const TEMPLATE = join(ROOT, "scripts/plugin-template")
// Letters only: a digit in a model name makes Medusa's link types too deep for TypeScript's declaration output.
const NAME = /^[a-z]+(-[a-z]+)*$/

/** The spellings of a plugin's name that the template's tokens stand for. */
export function namesOf(name, now = new Date()) {
  const words = name.split("-")
  const snake = words.join("_")
  const pascal = words.map((w) => w[0].toUpperCase() + w.slice(1)).join("")
  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14)
  return {
    __name_snake__: snake,
    __NAME_SNAKE__: snake.toUpperCase(),
    __name_camel__: pascal[0].toLowerCase() + pascal.slice(1),
    __migration__: `Migration${stamp}`,
    __prefix__: words.length > 1 ? words.map((w) => w[0]).join("") : name.slice(0, 4),
    __Title__: name[0].toUpperCase() + words.join(" ").slice(1),
    __Name__: pascal,
    __name__: name,
    __year__: String(now.getFullYear()),
  }
}

/** Module names Medusa or a workspace package already uses, and the route folders Medusa serves. */
function takenNames(root) {
  const require = createRequire(join(root, "package.json"))
  const { Modules } = require("@medusajs/framework/utils")
  const modules = new Set(Object.values(Modules))
  for (const folder of ["plugins", "modules"].map((f) => join(root, f)).filter(existsSync)) {
    for (const pkg of readdirSync(folder)) {
      const own = join(folder, pkg, "src/modules")
      for (const name of existsSync(own) ? readdirSync(own) : []) {
        modules.add(name.replaceAll("-", "_"))
      }
    }
  }
  const api = join(dirname(require.resolve("@medusajs/medusa/package.json")), "dist/api")
  const routes = new Set(["store", "admin"].flatMap((actor) => readdirSync(join(api, actor)).filter((f) => !f.includes("."))))
  return { modules, routes }
}

/** Why `name` cannot be a new plugin of the workspace at `root`, or undefined when it can. */
export function nameProblem(name, root = ROOT) {
  if (!NAME.test(name ?? "")) {
    return `"${name ?? ""}" is not a kebab-case name of letters (words of a-z joined by "-", such as gift-cards)`
  }
  if (name.length > 40) {
    return `"${name}" is longer than 40 characters`
  }
  if (existsSync(join(root, "plugins", name))) {
    return `plugins/${name} exists already`
  }
  if (existsSync(join(root, "node_modules/@broadcart", `plugin-${name}`))) {
    return `a package @broadcart/plugin-${name} is installed already`
  }
  const { modules, routes } = takenNames(root)
  if (modules.has(name.replaceAll("-", "_"))) {
    return `a module named "${name.replaceAll("-", "_")}" exists already (Medusa's or another package's)`
  }
  if (routes.has(name)) {
    return `Medusa serves /store/${name} or /admin/${name} itself`
  }
  return undefined
}

/** Keeps or drops what the template marks as admin-only: lines ending in `@admin`, blocks between `@admin-start` and `@admin-end`. */
function markAdmin(text, admin) {
  const out = []
  let inBlock = false
  for (const line of text.split("\n")) {
    if (/\/\/ @admin-start$/.test(line.trim())) {
      inBlock = true
    } else if (/\/\/ @admin-end$/.test(line.trim())) {
      inBlock = false
    } else if (/(\/\/ @admin|<!-- @admin -->)$/.test(line)) {
      if (admin) {
        out.push(line.replace(/\s*(\/\/ @admin|<!-- @admin -->)$/, ""))
      }
    } else if (admin || !inBlock) {
      out.push(line)
    }
  }
  return out.join("\n")
}

function render(text, names) {
  return Object.entries(names).reduce((acc, [token, value]) => acc.replaceAll(token, value), text)
}

/** Every file of the template, as paths relative to it. */
function templateFiles(dir = TEMPLATE) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? templateFiles(path) : [relative(TEMPLATE, path)]
  })
}

const isAdminPath = (path) => path.startsWith("src/admin/") || path.startsWith("src/api/admin/")

/** Ranges a plugin supports: the Medusa minor we test, patches allowed. */
const supported = (pins) => Object.fromEntries(Object.entries(pins).map(([name, version]) => [name, `~${version}`]))

/** The plugin's package.json: the public API in its exports map, Medusa and core as peer and dev dependencies. */
function packageJson(names, admin) {
  const medusa = { "@medusajs/cli": "2.21.2", "@medusajs/framework": "2.21.2", "@medusajs/medusa": "2.21.2" }
  const adminPeers = admin ? { "@medusajs/admin-sdk": "2.21.2" } : {}
  const typed = (path) => ({ types: `./.medusa/server/src/${path}.d.ts`, default: `./.medusa/server/src/${path}.js` })
  return {
    name: `@broadcart/plugin-${names.__name__}`,
    version: "0.1.0",
    description: `${names.__Title__} for Broadcart`,
    license: "MIT",
    files: [".medusa/server", "!.medusa/server/.built"],
    exports: {
      ".": typed("index"),
      "./options": typed("options"),
      "./workflows": typed("workflows/index"),
      "./modules/*": typed("modules/*/index"),
      "./.medusa/server/src/modules/*": "./.medusa/server/src/modules/*/index.js",
      ...(admin
        ? {
            "./admin": {
              import: "./.medusa/server/src/admin/index.mjs",
              require: "./.medusa/server/src/admin/index.js",
              default: "./.medusa/server/src/admin/index.js",
            },
          }
        : {}),
      "./package.json": "./package.json",
    },
    scripts: { build: "broadcart-plugin-build" },
    devDependencies: {
      ...adminPeers,
      ...medusa,
      "@broadcart/core": "*",
      "@broadcart/test-utils": "*",
      ...(admin ? { "@medusajs/ui": "4.2.6" } : {}),
    },
    // The versions it supports: npm checks them at install, the app again at startup (docs/plugins.md, Compatibility).
    peerDependencies: { ...supported(adminPeers), ...supported(medusa), "@broadcart/core": "^0.1.0" },
  }
}

/** Formats the written files as `npm run lint` checks them (a long name makes long lines), leaving out what .prettierignore names. */
async function format(files, root) {
  const prettier = await import("prettier")
  for (const file of files) {
    const info = await prettier.getFileInfo(file, { ignorePath: join(root, ".prettierignore") })
    if (!info.ignored && info.inferredParser) {
      const options = await prettier.resolveConfig(file)
      writeFileSync(file, await prettier.format(readFileSync(file, "utf8"), { ...options, filepath: file }))
    }
  }
}

/** Writes plugins/<name> from the template; returns the files written, relative to the plugin. */
export async function writePlugin({ name, admin = true, root = ROOT, now = new Date() }) {
  const names = namesOf(name, now)
  const dir = join(root, "plugins", name)
  const written = []
  for (const file of templateFiles()) {
    if (!admin && isAdminPath(file)) {
      continue
    }
    const target = render(file, names)
    const text = render(markAdmin(readFileSync(join(TEMPLATE, file), "utf8"), admin), names)
    const leftover = text.match(/__[A-Za-z]*_?(name|Name|NAME|prefix|Title|year|migration)[A-Za-z_]*__/)
    if (leftover) {
      throw new Error(`Template ${file} has an unknown token ${leftover[0]}`)
    }
    mkdirSync(dirname(join(dir, target)), { recursive: true })
    writeFileSync(join(dir, target), text)
    written.push(target)
  }
  writeFileSync(join(dir, "package.json"), JSON.stringify(packageJson(names, admin), null, 2) + "\n")
  const paths = written.map((file) => join(dir, file))
  await format(paths, root)
  return [...written, "package.json"].sort()
}

/**
 * Adds `pluginEntry("<package>")` at the end of the `plugins: [...]` list of the app's
 * medusa-config.ts. Returns false (and changes nothing) when it finds no such list.
 */
export function registerPlugin(packageName, root = ROOT) {
  const path = join(root, "medusa-config.ts")
  const source = existsSync(path) ? readFileSync(path, "utf8") : ""
  const start = source.search(/\n(\s*)plugins: \[/)
  if (start < 0 || !/\bpluginEntry\b/.test(source)) {
    return false
  }
  const indent = source.slice(start + 1).match(/^\s*/)[0]
  let depth = 0
  let at = source.indexOf("[", start)
  for (; at < source.length; at++) {
    depth += { "[": 1, "(": 1, "{": 1, "]": -1, ")": -1, "}": -1 }[source[at]] ?? 0
    if (depth === 0) {
      break
    }
  }
  const before = source.slice(0, at).replace(/\s*$/, "")
  const comma = before.endsWith("[") || before.endsWith(",") ? "" : ","
  writeFileSync(path, `${before}${comma}\n${indent}  pluginEntry("${packageName}"),\n${indent}${source.slice(at)}`)
  return true
}

/** Adds the plugin to the app's dependencies and links it into node_modules, as `npm install` would. */
export function linkPlugin(name, root = ROOT) {
  const packageName = `@broadcart/plugin-${name}`
  const path = join(root, "package.json")
  const pkg = JSON.parse(readFileSync(path, "utf8"))
  pkg.dependencies = Object.fromEntries(Object.entries({ ...pkg.dependencies, [packageName]: "*" }).sort(([a], [b]) => a.localeCompare(b)))
  writeFileSync(path, JSON.stringify(pkg, null, 2) + "\n")
  const link = join(root, "node_modules/@broadcart", `plugin-${name}`)
  mkdirSync(dirname(link), { recursive: true })
  symlinkSync(relative(dirname(link), join(root, "plugins", name)), link, "dir")
}
