import { relative } from "node:path"
import { ROOT } from "./lib/env.mjs"
import { buildPackages, buildTestUtils } from "./lib/build.mjs"

// Options, routes and events are read from the built packages, so build what changed first.
buildPackages()
buildTestUtils()
const { updateReadmes } = await import("./lib/package-docs.mjs")
const changed = updateReadmes()
console.log(changed.length ? `Updated ${changed.map((d) => `${relative(ROOT, d)}/README.md`).join(", ")}` : "Package READMEs are up to date")
