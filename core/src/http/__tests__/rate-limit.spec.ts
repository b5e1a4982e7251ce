import express from "express"
import type { AddressInfo } from "node:net"
import type { Server } from "node:http"
import Redis from "ioredis"
import { closeRateLimitStores, createRateLimit, parseLimit } from "../rate-limit"

const REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379"

function serve(limiter: express.RequestHandler): Promise<{ url: string; server: Server }> {
  const app = express()
  app.set("trust proxy", 1)
  app.use(limiter)
  app.get("/ok", (_req, res) => res.json({ ok: true }))
  app.post("/login", (_req, res) => res.status(401).json({ message: "bad password" }))
  return new Promise((resolve) => {
    const server = app.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }))
  })
}

const from = (ip: string) => ({ headers: { "x-forwarded-for": ip } })

describe("parseLimit", () => {
  it("reads count/window", () => {
    expect(parseLimit("100/15m")).toEqual({ limit: 100, windowMs: 900_000 })
    expect(parseLimit("10/1h")).toEqual({ limit: 10, windowMs: 3_600_000 })
    expect(parseLimit("5/m")).toEqual({ limit: 5, windowMs: 60_000 })
  })

  it("rejects anything else", () => {
    expect(() => parseLimit("100 per minute")).toThrow(/count\/window/)
    expect(() => parseLimit("0/1m")).toThrow(/positive/)
  })
})

describe("createRateLimit", () => {
  const servers: Server[] = []
  afterAll(async () => {
    servers.forEach((s) => s.close())
    await closeRateLimitStores()
  })

  it("answers 429 with Retry-After and the error shape past the limit, per IP", async () => {
    const { url, server } = await serve(createRateLimit({ name: "memory", spec: "3/1m" }))
    servers.push(server)
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) {
      statuses.push((await fetch(`${url}/ok`, from("10.1.1.1"))).status)
    }
    expect(statuses).toEqual([200, 200, 200, 429])
    const blocked = await fetch(`${url}/ok`, from("10.1.1.1"))
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0)
    expect(await blocked.json()).toEqual({ type: "too_many_requests", message: expect.stringMatching(/memory limit is 3 per 60s/) })
    expect((await fetch(`${url}/ok`, from("10.1.1.2"))).status).toBe(200)
  })

  it("counts only failures when asked", async () => {
    const { url, server } = await serve(createRateLimit({ name: "auth", spec: "2/1m", countFailuresOnly: true }))
    servers.push(server)
    for (let i = 0; i < 5; i++) {
      expect((await fetch(`${url}/ok`, from("10.2.2.2"))).status).toBe(200)
    }
    const logins = []
    for (let i = 0; i < 3; i++) {
      logins.push((await fetch(`${url}/login`, { method: "POST", ...from("10.2.2.2") })).status)
    }
    expect(logins).toEqual([401, 401, 429])
  })

  it("shares counts across servers through Redis", async () => {
    const name = `shared-${Date.now()}`
    const a = await serve(createRateLimit({ name, spec: "4/1m", redisUrl: REDIS_URL }))
    const b = await serve(createRateLimit({ name, spec: "4/1m", redisUrl: REDIS_URL }))
    servers.push(a.server, b.server)
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) {
      statuses.push((await fetch(`${(i % 2 ? b : a).url}/ok`, from("10.3.3.3"))).status)
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429])
    const redis = new Redis(REDIS_URL)
    const keys = await redis.keys(`broadcart:rl:${name}:*`)
    await redis.quit()
    expect(keys.length).toBe(1)
  })
})
