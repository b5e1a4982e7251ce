// Storefront reads during a live show: our cached stream page and live list against Medusa's own
// product routes (with its Caching Module), on the same server in the same run.
//   node bench/store-reads.mjs [seconds=10] [connections=32]
// Our server is started with scripts/start.mjs (DATABASE_URL if set, else the embedded PostgreSQL),
// with rate limits off so one client IP can load it.
import { load } from "./lib/http-load.mjs"
import { startApp, waitFor } from "./lib/app.mjs"

const seconds = Number(process.argv[2] ?? 10)
const connections = Number(process.argv[3] ?? 32)
const port = 9320
const base = `http://127.0.0.1:${port}`
const admin = { email: "bench-admin@broadcart.local", password: "bench-admin-pass" }

async function call(method, path, body, headers = {}) {
  const res = await fetch(base + path, { method, headers: { "content-type": "application/json", ...headers }, body: body && JSON.stringify(body) })
  const data = await res.json().catch(() => null)
  if (!res.ok) {
    throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(data)}`)
  }
  return data
}

/** An approved vendor with 6 products, and a scheduled show featuring them with one pinned. */
async function seedShow() {
  const adminToken = (await call("POST", "/auth/user/emailpass", admin)).token
  const asAdmin = { authorization: `Bearer ${adminToken}` }
  const key = (await call("GET", "/admin/api-keys?type=publishable&limit=1", null, asAdmin)).api_keys[0].token
  const email = `bench-${Date.now()}@vendors.test`
  const registered = await call("POST", "/auth/vendor/emailpass/register", { email, password: "vendor-pass-1" })
  const { vendor } = await call(
    "POST",
    "/vendor/vendors",
    { name: `Bench Shop ${Date.now()}`, owner_name: "Bench Owner" },
    { authorization: `Bearer ${registered.token}` }
  )
  await call("POST", `/admin/vendors/${vendor.id}/approve`, {}, asAdmin)
  const asVendor = { authorization: `Bearer ${(await call("POST", "/auth/vendor/emailpass", { email, password: "vendor-pass-1" })).token}` }
  const products = []
  for (let i = 0; i < 6; i++) {
    const { product } = await call(
      "POST",
      "/vendor/products",
      {
        title: `Show item ${i}`,
        status: "published",
        options: [{ title: "Size", values: ["One"] }],
        variants: [{ title: "One", sku: `BENCH-${Date.now()}-${i}`, options: { Size: "One" }, prices: [{ currency_code: "usd", amount: 20 + i }] }],
      },
      asVendor
    )
    products.push(product)
  }
  const { live_stream } = await call("POST", "/vendor/live-streams", { title: "Bench show", product_ids: products.map((p) => p.id) }, asVendor)
  await call("POST", `/vendor/live-streams/${live_stream.id}/pins`, { product_id: products[0].id }, asVendor)
  return { key, streamId: live_stream.id, productId: products[0].id }
}

const app = startApp({
  PORT: String(port),
  RATE_LIMITS_ENABLED: "false",
  LIVE_INGEST: "off",
  LIVE_REALTIME: "false",
  ADMIN_EMAIL: admin.email,
  ADMIN_PASSWORD: admin.password,
})
try {
  await waitFor(`${base}/health`, 600_000)
  const { key, streamId, productId } = await seedShow()
  const routes = [
    ["Medusa /store/products?limit=20", `/store/products?limit=20`],
    ["Medusa /store/products/:id", `/store/products/${productId}`],
    ["ours /store/live-streams/:id", `/store/live-streams/${streamId}`],
    ["ours /store/live-streams", `/store/live-streams?status=scheduled`],
  ]
  console.log(`Storefront reads: ${connections} connections, ${seconds} s each`)
  const results = {}
  for (const [name, path] of routes) {
    await load(base + path, { connections: 2, seconds: 1, headers: { "x-publishable-api-key": key } })
    const r = (results[name] = await load(base + path, { connections, seconds, headers: { "x-publishable-api-key": key } }))
    console.log(`${name.padEnd(34)} ${String(r.rps).padStart(6)} req/s | p50 ${r.p50} ms | p99 ${r.p99} ms | non-200 ${r.failed}`)
  }
  const baseline = results["Medusa /store/products?limit=20"].rps
  console.log(`ratio, our stream page vs Medusa's product list: ${(results["ours /store/live-streams/:id"].rps / baseline).toFixed(2)}`)
} finally {
  await app.stop()
}
process.exit(0)
