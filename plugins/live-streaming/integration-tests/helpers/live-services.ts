import { connect } from "node:net"

const open = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1", () => socket.end(() => resolve(true)))
    socket.once("error", () => resolve(false))
  })

/** `medusa exec` script: prints which live services this one-off process started, and whether their ports answer. */
export default async function liveServices({ container }: { container: any }) {
  const service = container.resolve("liveStreaming")
  const ports = [process.env.LIVE_RTMP_PORT, process.env.LIVE_FLV_PORT, process.env.REALTIME_PORT].map(Number)
  const listening = await Promise.all(ports.map(open))
  console.log(`LIVE-SERVICES ${JSON.stringify({ ingest: !!service.ingest, realtime: !!service.live, listening })}`)
}
