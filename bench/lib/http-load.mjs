// Closed-loop HTTP load: `connections` keep-alive connections, each sending the next GET as soon
// as the last answer is read, for `seconds`. Returns req/s, p50/p99 ms and non-200 answers.
import http from "node:http"

export async function load(url, { connections = 32, seconds = 10, headers = {} } = {}) {
  const target = new URL(url)
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  const times = []
  let failed = 0
  const until = Date.now() + seconds * 1000
  const one = () =>
    new Promise((resolve) => {
      const started = process.hrtime.bigint()
      const req = http.get({ host: target.hostname, port: target.port, path: target.pathname + target.search, agent, headers }, (res) => {
        res.resume()
        res.on("end", () => {
          times.push(Number(process.hrtime.bigint() - started) / 1e6)
          failed += res.statusCode === 200 ? 0 : 1
          resolve()
        })
      })
      req.on("error", () => (failed++, resolve()))
    })
  const startedAt = Date.now()
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) {
        await one()
      }
    })
  )
  agent.destroy()
  times.sort((a, b) => a - b)
  const at = (q) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0)
  return { rps: Math.round(times.length / ((Date.now() - startedAt) / 1000)), p50: at(0.5), p99: at(0.99), failed }
}
