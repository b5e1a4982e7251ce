import { buildApp, buildPackages } from "./lib/build.mjs"

const force = process.argv.includes("--force")
const packagesBuiltAt = buildPackages({ force })
if (!process.argv.includes("--packages")) {
  buildApp({ force, packagesBuiltAt })
}
