import { createServer } from "node:net"
import { assertPortFree } from "../port"

describe("assertPortFree", () => {
  it("passes for a free port and names a taken one", async () => {
    const taken = createServer()
    await new Promise<void>((r) => taken.listen(0, "127.0.0.1", () => r()))
    const port = (taken.address() as any).port
    await expect(assertPortFree(port, "127.0.0.1")).rejects.toThrow(`RTMP port 127.0.0.1:${port} is already in use; set LIVE_RTMP_PORT`)
    await expect(assertPortFree(port, "127.0.0.1", ["HTTP-FLV", "LIVE_FLV_PORT"])).rejects.toThrow(
      `HTTP-FLV port 127.0.0.1:${port} is already in use; set LIVE_FLV_PORT`
    )
    taken.close()
    await new Promise((r) => setTimeout(r, 50))
    await expect(assertPortFree(port, "127.0.0.1")).resolves.toBeUndefined()
  })
})
