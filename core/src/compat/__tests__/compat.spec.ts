import { installedVersion, requirePinnedVersion } from "../index"

describe("requirePinnedVersion", () => {
  const framework = installedVersion("@medusajs/framework", __dirname)

  it("passes when the installed version is the pinned one", () => {
    expect(() => requirePinnedVersion("@medusajs/framework", framework, __filename)).not.toThrow()
  })

  it("names the package and both versions when they differ", () => {
    expect(() => requirePinnedVersion("@medusajs/framework", "0.0.1", __filename)).toThrow(
      `uses internals of @medusajs/framework 0.0.1, but @medusajs/framework ${framework} is installed`
    )
  })
})
