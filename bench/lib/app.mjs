// Our server for benchmarks: scripts/start.mjs in its own process group, as `npm start` runs it.
import { spawn } from "node:child_process"
import { join } from "node:path"

const ROOT = join(import.meta.dirname, "../..")

/** Polls `url` until it answers 2xx. */
export async function waitFor(url, ms) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false
      )
    ) {
      return
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`)
}

/** Starts the app with `env` added (DATABASE_URL if set, else the embedded PostgreSQL). */
export function startApp(env) {
  const child = spawn(process.execPath, [join(ROOT, "scripts/start.mjs")], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", ...env },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  })
  return { pid: child.pid, stop: () => stopGroup(child) }
}

/** Stops a process started with `detached: true` and everything it started. */
export function stopGroup(child) {
  try {
    process.kill(-child.pid, "SIGTERM")
  } catch {}
  return new Promise((r) => (child.exitCode !== null ? r() : child.once("exit", r)))
}
