import { spawn, type ChildProcess } from "node:child_process"
import net from "node:net"

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" })
    socket.once("connect", () => socket.end(() => resolve(true)))
    socket.once("error", () => resolve(false))
  })
}

/** A child process whose output is collected, with helpers to wait on it. */
export class Running {
  output = ""
  readonly exited: Promise<number | null>

  constructor(readonly child: ChildProcess) {
    child.stdout?.on("data", (d) => (this.output += d))
    child.stderr?.on("data", (d) => (this.output += d))
    this.exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)))
  }

  static start(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
    return new Running(spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"], detached: true }))
  }

  /** Resolves with the first match of `pattern` in the output; rejects if the process exits first. */
  async waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs
    let exitCode: number | null | undefined
    this.exited.then((c) => (exitCode = c))
    while (Date.now() < deadline) {
      const match = this.output.match(pattern)
      if (match) {
        return match
      }
      if (exitCode !== undefined) {
        throw new Error(`Process exited (${exitCode}) before ${pattern}:\n${this.output.slice(-3000)}`)
      }
      await new Promise((r) => setTimeout(r, 250))
    }
    throw new Error(`Timed out waiting for ${pattern}:\n${this.output.slice(-3000)}`)
  }

  async stop(signal: NodeJS.Signals = "SIGINT"): Promise<number | null> {
    if (this.child.exitCode === null && this.child.pid) {
      this.child.kill(signal)
    }
    const timer = setTimeout(() => this.child.pid && process.kill(-this.child.pid, "SIGKILL"), 30_000)
    const code = await this.exited
    clearTimeout(timer)
    return code
  }
}

/** `medusa start` of the app in `cwd` (the project root jest runs in) as a child process, with `env`. */
export function spawnMedusa(env: NodeJS.ProcessEnv, cwd = process.cwd()) {
  const cli = require.resolve("@medusajs/cli/cli.js", { paths: [cwd] })
  return Running.start(process.execPath, [cli, "start"], { cwd, env })
}

/** Starts the app (`medusa start`) on `env.PORT` and resolves once its `/health` answers. */
export async function startApp(env: NodeJS.ProcessEnv & { PORT: string }, { cwd = process.cwd(), timeoutMs = 150_000 } = {}) {
  const server = spawnMedusa(env, cwd)
  const base = `http://localhost:${env.PORT}`
  const deadline = Date.now() + timeoutMs
  while (
    !(await fetch(`${base}/health`).then(
      (r) => r.ok,
      () => false
    ))
  ) {
    if (Date.now() > deadline || server.child.exitCode !== null) {
      throw new Error(`Server did not start:\n${server.output.slice(-3000)}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  return { server, base }
}
