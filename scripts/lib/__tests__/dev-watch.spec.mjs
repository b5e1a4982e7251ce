import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { watch } from "chokidar"
import { changeKind, packageOf, watchChanges } from "../dev-watch.mjs"

describe("what a change asks of the dev server", () => {
  const root = "/work/app"
  const kind = (path) => changeKind(join(root, path), root)

  it("rebuilds a package whose sources or package.json changed", () => {
    for (const path of [
      "plugins/gifts/src/api/store/gifts/route.ts",
      "plugins/gifts/package.json",
      "modules/time-series/src/x.ts",
      "core/src/options/index.ts",
      "admin/src/api/x.ts",
    ]) {
      expect({ path, kind: kind(path) }).toEqual({ path, kind: "build" })
    }
    expect(packageOf(join(root, "plugins/gifts/src/api/route.ts"), root)).toBe(join(root, "plugins/gifts"))
    expect(packageOf(join(root, "core/src/options/index.ts"), root)).toBe(join(root, "core"))
  })

  it("only restarts for the app's own server code", () => {
    expect(kind("src/api/middlewares.ts")).toBe("restart")
    expect(kind("medusa-config.ts")).toBe("restart")
  })

  it("ignores tests, builds, dot-folders, the app's admin and anything else", () => {
    for (const path of [
      "plugins/gifts/src/modules/gifts/__tests__/service.spec.ts",
      "plugins/gifts/integration-tests/http/gifts.spec.ts",
      "plugins/gifts/.medusa/server/src/index.js",
      "core/dist/options/index.js",
      "src/admin/routes/page.tsx",
      ".data/logs/medusa.log",
      "plugins/gifts/README.md",
      "README.md",
    ]) {
      expect({ path, kind: kind(path) }).toEqual({ path, kind: "none" })
    }
  })
})

describe("watchChanges", () => {
  let root
  let watcher
  beforeEach(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), "broadcart-watch-")))
    for (const dir of ["src", "core/src", "admin/src", "modules", "plugins/gifts/src", "plugins/gifts/.medusa/server"]) {
      mkdirSync(join(root, dir), { recursive: true })
    }
  })
  afterEach(async () => {
    await watcher?.close()
    rmSync(root, { recursive: true, force: true })
  })

  it("reports a burst of changes once, without what it ignores", async () => {
    const calls = []
    watcher = watchChanges({ watch, root, debounceMs: 200, onChanges: (paths) => void calls.push(paths.sort()) })
    await new Promise((resolve) => watcher.on("ready", resolve))
    // chokidar may say ready before it watches every folder.
    await new Promise((r) => setTimeout(r, 500))
    writeFileSync(join(root, "plugins/gifts/src/a.ts"), "export const a = 1\n")
    writeFileSync(join(root, "plugins/gifts/src/b.ts"), "export const b = 1\n")
    writeFileSync(join(root, "plugins/gifts/.medusa/server/a.js"), "")
    await new Promise((r) => setTimeout(r, 1500))
    expect(calls).toEqual([[join(root, "plugins/gifts/src/a.ts"), join(root, "plugins/gifts/src/b.ts")]])
  })
})
