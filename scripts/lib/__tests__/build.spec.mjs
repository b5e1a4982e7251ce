import { execFileSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readlinkSync, realpathSync, rmSync, symlinkSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { linkServerModules } from "../build.mjs"

/** A checkout with what the link needs: root node_modules and a built server. */
function checkout(parent, name) {
  const root = join(parent, name)
  mkdirSync(join(root, "node_modules"), { recursive: true })
  mkdirSync(join(root, ".medusa/server"), { recursive: true })
  return root
}

describe("linkServerModules", () => {
  let parent
  beforeEach(() => {
    parent = realpathSync(mkdtempSync(join(tmpdir(), "broadcart-link-")))
  })
  afterEach(() => rmSync(parent, { recursive: true, force: true }))

  it("links the built server's node_modules so that a copied checkout resolves inside the copy", () => {
    const original = checkout(parent, "original")
    linkServerModules(original)
    execFileSync("cp", ["-a", original, join(parent, "copy")])
    rmSync(original, { recursive: true })
    expect(realpathSync(join(parent, "copy/.medusa/server/node_modules"))).toBe(join(parent, "copy/node_modules"))
  })

  it("replaces a link into another folder, as an older build or a moved checkout left it", () => {
    const old = checkout(parent, "old")
    const moved = checkout(parent, "moved")
    symlinkSync(join(old, "node_modules"), join(moved, ".medusa/server/node_modules"), "dir")
    linkServerModules(moved)
    expect(readlinkSync(join(moved, ".medusa/server/node_modules"))).toBe("../../node_modules")
    expect(realpathSync(join(moved, ".medusa/server/node_modules"))).toBe(join(moved, "node_modules"))
  })
})
