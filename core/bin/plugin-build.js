#!/usr/bin/env node
/**
 * `broadcart-plugin-build`: builds a Medusa plugin into `.medusa/server` as `medusa plugin:build`
 * does, but builds admin extensions only when the plugin has `src/admin` (plugin:build fails
 * without one). Run it in the plugin's folder, or pass the folder.
 */
const { existsSync, readFileSync } = require("node:fs")
const { dirname, join, resolve } = require("node:path")
const { Compiler } = require("@medusajs/framework/build-tools")
const { logger } = require("@medusajs/framework/logger")

/** The admin bundler Medusa's own plugin:build uses, found from the plugin or from @medusajs/medusa. */
function adminBundler(directory) {
  const medusa = dirname(require.resolve("@medusajs/medusa/package.json", { paths: [directory, __dirname] }))
  return import(require.resolve("@medusajs/admin-bundler", { paths: [directory, medusa] }))
}

async function buildPlugin(directory) {
  const hasAdmin = existsSync(join(directory, "src/admin"))
  const exportsAdmin = Boolean(JSON.parse(readFileSync(join(directory, "package.json"), "utf8")).exports?.["./admin"])
  if (exportsAdmin && !hasAdmin) {
    logger.error('package.json exports "./admin" but there is no src/admin: remove the export, or add src/admin')
    return false
  }
  const compiler = new Compiler(directory, logger)
  const tsConfig = await compiler.loadTSConfigFile()
  if (!tsConfig) {
    logger.error("Unable to compile plugin")
    return false
  }
  const builds = [compiler.buildPluginBackend(tsConfig)]
  if (hasAdmin) {
    builds.push(compiler.buildPluginAdminExtensions(await adminBundler(directory)))
  }
  return (await Promise.all(builds)).every((ok) => ok === true)
}

buildPlugin(resolve(process.argv[2] ?? process.cwd())).then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    logger.error(error)
    process.exit(1)
  }
)
