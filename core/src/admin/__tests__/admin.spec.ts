import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { adminFetch, money } from ".."

describe("admin helpers", () => {
  let server: Server
  let base: string
  const seen: { method?: string; type?: string; body: string }[] = []

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = ""
      req.on("data", (c) => (body += c))
      req.on("end", () => {
        seen.push({ method: req.method, type: req.headers["content-type"], body })
        const [status, answer] = req.url === "/admin/broken" ? [400, { message: "Vendor is suspended" }] : [200, { ok: true }]
        res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(answer))
      })
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)))

  it("sends JSON and answers the parsed body", async () => {
    expect(await adminFetch(`${base}/admin/things`, { method: "POST", body: JSON.stringify({ a: 1 }) })).toEqual({ ok: true })
    expect(seen.at(-1)).toEqual({ method: "POST", type: "application/json", body: '{"a":1}' })
  })

  it("throws the API's message on an error answer", async () => {
    await expect(adminFetch(`${base}/admin/broken`)).rejects.toThrow("Vendor is suspended")
  })

  it("formats major-unit amounts in their currency, and a dash without one", () => {
    expect(money(12.5, "usd")).toBe(new Intl.NumberFormat(undefined, { style: "currency", currency: "USD" }).format(12.5))
    expect(money(12.5, null)).toBe("—")
  })
})
