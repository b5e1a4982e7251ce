import { createServer } from "node:net"

/**
 * Resolves when `port` can be listened on; rejects with a clear message when it is taken.
 * `what` names the port and the setting that moves it, e.g. ["RTMP", "LIVE_RTMP_PORT"].
 */
export function assertPortFree(port: number, host: string, [what, setting] = ["RTMP", "LIVE_RTMP_PORT"]): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once("error", (e: NodeJS.ErrnoException) =>
      reject(
        new Error(
          e.code === "EADDRINUSE"
            ? `${what} port ${host}:${port} is already in use; set ${setting} or stop the other process`
            : `${what} port ${host}:${port}: ${e.message}`
        )
      )
    )
    probe.listen(port, host, () => probe.close(() => resolve()))
  })
}
