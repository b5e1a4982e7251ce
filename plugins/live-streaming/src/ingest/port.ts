import { createServer } from "node:net"

/** Resolves when `port` can be listened on; rejects with a clear message when it is taken. */
export function assertPortFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once("error", (e: NodeJS.ErrnoException) =>
      reject(new Error(e.code === "EADDRINUSE" ? `RTMP port ${host}:${port} is already in use; set LIVE_RTMP_PORT or stop the other process` : `RTMP port ${host}:${port}: ${e.message}`))
    )
    probe.listen(port, host, () => probe.close(() => resolve()))
  })
}
