import { join } from "node:path"
import { loadSettings, projectRoot } from "../settings"

const ROOT = join(__dirname, "../..")

describe("settings", () => {
  it("resolves data and media folders against the project root, the same from the sources (npm run dev) and the build (npm start)", () => {
    expect(projectRoot()).toBe(ROOT)
    expect(projectRoot("/srv/shop/.medusa/server")).toBe("/srv/shop")
    const fromBuild = loadSettings({}, projectRoot("/srv/shop/.medusa/server"))
    const fromSources = loadSettings({}, projectRoot("/srv/shop"))
    expect([fromBuild.dataDir, fromBuild.mediaDir]).toEqual(["/srv/shop/.data", "/srv/shop/.data/live"])
    expect([fromSources.dataDir, fromSources.mediaDir]).toEqual([fromBuild.dataDir, fromBuild.mediaDir])
    expect(loadSettings({ BROADCART_DATA_DIR: "/var/shop" }, "/srv/shop").mediaDir).toBe("/var/shop/live")
    expect(loadSettings({ LIVE_MEDIA_DIR: "media" }, "/srv/shop").mediaDir).toBe("/srv/shop/media")
  })

  it("rejects a bad value naming the variable", () => {
    expect(() => loadSettings({ PORT: "abc" })).toThrow(/^Invalid environment: PORT: /)
    expect(() => loadSettings({ EMBEDDED_PG_PORT: "70000" })).toThrow(/^Invalid environment: EMBEDDED_PG_PORT: /)
    expect(() => loadSettings({ BROADCART_SETUP: "maybe" })).toThrow(/^Invalid environment: BROADCART_SETUP: /)
    expect(() => loadSettings({ COMMISSION_PERCENT: "abc" })).toThrow(/^Invalid environment: COMMISSION_PERCENT: /)
  })

  it("asks for passwords of 8 characters unless AUTH_PASSWORD_MIN_LENGTH says otherwise", () => {
    expect(loadSettings({}).AUTH_PASSWORD_MIN_LENGTH).toBe(8)
    expect(loadSettings({ AUTH_PASSWORD_MIN_LENGTH: "12" }).AUTH_PASSWORD_MIN_LENGTH).toBe(12)
    expect(() => loadSettings({ AUTH_PASSWORD_MIN_LENGTH: "0" })).toThrow(/^Invalid environment: AUTH_PASSWORD_MIN_LENGTH: /)
  })
})
