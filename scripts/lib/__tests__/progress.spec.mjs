import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { jest } from "@jest/globals"
import { createProgress } from "../progress.mjs"

/** A stand-in for stdout, and a clock that moves 1.5 s per reading. */
function terminal() {
  const out = { text: "", write: (t) => (out.text += t) }
  let t = 0
  return { out, now: () => (t += 1500) }
}

const medusaLike = ["-e", `console.log(JSON.stringify({ level: "info", message: "Migrations done" }))`]

describe("createProgress", () => {
  let dir
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "broadcart-progress-"))))
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it("in a terminal, shows each step with its time and appends the children's output to the log file", async () => {
    const { out, now } = terminal()
    const logPath = join(dir, "logs/medusa.log")
    const progress = createProgress({ pretty: true, logPath, out, now })
    await progress.step("Running migrations", () => execFileSync(process.execPath, medusaLike, { stdio: progress.stdio }))
    await progress.step("Build", () => progress.log("Building plugins/marketplace"))
    progress.close()
    expect(out.text).toBe("  … Running migrations\r\x1b[K✔ Running migrations (1.5s)\n  … Build\n    Building plugins/marketplace\n✔ Build (1.5s)\n")
    expect(readFileSync(logPath, "utf8")).toBe('{"level":"info","message":"Migrations done"}\n')
  })

  it("in a terminal, shows a failed step with the end of the log and where the log is", async () => {
    const { out, now } = terminal()
    const logPath = join(dir, "logs/medusa.log")
    const progress = createProgress({ pretty: true, logPath, out, now })
    const failing = () => execFileSync(process.execPath, ["-e", "console.error('relation missing'); process.exit(3)"], { stdio: progress.stdio })
    await expect(progress.step("Seed", failing)).rejects.toThrow(/Command failed/)
    progress.close()
    expect(out.text).toBe(`  … Seed\r\x1b[K✖ Seed (1.5s)\n    | relation missing\n    Full output: ${logPath}\n`)
  })

  it("elsewhere, prints [broadcart] lines and leaves the children's output on stdout", async () => {
    const logs = jest.spyOn(console, "log").mockImplementation(() => undefined)
    try {
      const progress = createProgress({ pretty: false, logPath: join(dir, "logs/medusa.log") })
      expect(progress.stdio).toBe("inherit")
      await progress.step("Running migrations", () => progress.log("detail"))
      progress.close()
      expect(logs.mock.calls).toEqual([["[broadcart] Running migrations"], ["[broadcart] detail"]])
    } finally {
      logs.mockRestore()
    }
  })
})
