/**
 * A small in-memory fake of the Stripe API for integration tests.
 *
 * Point a Stripe SDK at it with
 *   new Stripe("sk_test_x", { host: "127.0.0.1", port: fake.port, protocol: "http", maxNetworkRetries: 0 })
 *
 * It speaks Stripe's wire format (form-encoded bodies with bracket notation, JSON
 * responses, Stripe-shaped errors) for the endpoints the payouts plugin and Medusa's
 * Stripe payment provider use, honours Idempotency-Key, and can inject failures.
 *
 * Beware: both SDKs (v15 and v19) retry once on ECONNRESET/EPIPE even with
 * maxNetworkRetries: 0, resending the same headers (same Idempotency-Key, or none).
 * So one dropAfterCreate() is healed by that hidden retry (or, without a key, creates a
 * duplicate). To make the call reject, drop maxNetworkRetries + 1 times (at least 2).
 */
import * as http from "node:http"
import type { AddressInfo } from "node:net"
import { randomBytes } from "node:crypto"
import * as qs from "qs"

export type RecordedRequest = {
  method: string
  path: string
  body: Record<string, any>
  idempotencyKey?: string
  stripeAccount?: string
  at: number
}

export type FakeStripe = {
  url: string
  port: number
  /** Every request, in order (including replays answered from the idempotency cache). */
  requests: RecordedRequest[]
  requestsTo(method: string, pathPrefix: string): RecordedRequest[]
  /** Objects actually created (one per distinct idempotency key), by id. Mutable: tests may poke at them. */
  transfers: Map<string, any>
  reversals: Map<string, any>
  accounts: Map<string, any>
  paymentIntents: Map<string, any>
  charges: Map<string, any>
  refunds: Map<string, any>
  customers: Map<string, any>
  /** Status for the NEXT created payment intent only, e.g. "requires_payment_method" (unconfirmed). */
  nextIntentStatus?: string
  /** Like Stripe: reusing an idempotency key on the same endpoint with different params gives 400 idempotency_error. Default true. */
  strictIdempotency: boolean
  /** Next `times` (default 1) matching requests fail with this status and a Stripe error body, creating nothing. */
  failNext(method: string, pathPrefix: string, opts: { status: number; message?: string; code?: string; times?: number }): void
  /** Next `times` (default 1) matching requests are processed (object created + cached) but the socket is destroyed unanswered. */
  dropAfterCreate(method: string, pathPrefix: string, times?: number): void
  /** Deep-merge a patch into an account (e.g. activeAccountPatch). Returns the updated account. */
  updateAccount(id: string, patch: Record<string, any>): any
  /** Clears requests, objects, failure rules and the idempotency cache. */
  reset(): void
  close(): Promise<void>
}

/** Patch for updateAccount() turning a freshly created account into a fully onboarded one. */
export const activeAccountPatch = {
  charges_enabled: true,
  payouts_enabled: true,
  details_submitted: true,
  capabilities: { transfers: "active" },
  requirements: { currently_due: [], past_due: [], eventually_due: [], disabled_reason: null },
}

type Rule = { kind: "fail" | "drop"; method: string; prefix: string; left: number; status?: number; message?: string; code?: string }
type Stored = { status: number; payload: string; fingerprint: string }
type Body = Record<string, any>

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
const rand = (n = 14) => Array.from(randomBytes(n), (b) => ALNUM[b % ALNUM.length]).join("")
const newId = (prefix: string) => `${prefix}_${rand()}`
const now = () => Math.floor(Date.now() / 1000)
const parseForm = (s: string): Body => qs.parse(s, { depth: 10, arrayLimit: 100 }) as Body

/** Thrown by handlers; turned into a Stripe error response. */
class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Body = {}
  ) {
    super(message)
  }
}
const fail = (status: number, message: string, extra?: Body): never => {
  throw new ApiError(status, message, extra)
}
const errorPayload = (status: number, message: string, extra: Body = {}) =>
  JSON.stringify({ error: { type: status >= 500 ? "api_error" : "invalid_request_error", message, ...extra } })

function required(body: Body, ...params: string[]) {
  const p = params.find((p) => body[p] === undefined || body[p] === "")
  if (p) fail(400, `Missing required param: ${p}.`, { code: "parameter_missing", param: p })
}

/** Stripe sends integers as strings; undefined when absent. */
function int(v: unknown, param: string): number | undefined {
  if (v === undefined || v === null || v === "") return undefined
  const n = typeof v === "number" ? v : /^-?\d+$/.test(String(v)) ? parseInt(String(v), 10) : NaN
  if (!Number.isInteger(n)) fail(400, `Invalid integer: ${String(v)}`, { code: "parameter_invalid_integer", param })
  return n
}
function positive(v: unknown, param: string): number {
  const n = int(v, param)
  if (n === undefined) return fail(400, `Missing required param: ${param}.`, { code: "parameter_missing", param })
  if (n <= 0) fail(400, "This value must be greater than or equal to 1.", { code: "parameter_invalid_integer", param })
  return n
}

function find<T>(map: Map<string, T>, id: string, noun: string, param = "id", status = 404): T {
  const obj = map.get(id)
  return obj ?? fail(status, `No such ${noun}: '${id}'`, { code: "resource_missing", param })
}

/** Stripe merges metadata keys on update; "" unsets a key, metadata="" clears all. */
function mergeMetadata(current: Body, patch: unknown): Body {
  if (patch === "") return {}
  if (!patch || typeof patch !== "object") return current
  const out = { ...current }
  for (const [k, v] of Object.entries(patch)) {
    if (v === "") delete out[k]
    else out[k] = v
  }
  return out
}

const isPlain = (v: unknown): v is Body => !!v && typeof v === "object" && !Array.isArray(v)
function deepMerge(target: Body, patch: Body): Body {
  for (const [k, v] of Object.entries(patch)) target[k] = isPlain(v) && isPlain(target[k]) ? deepMerge(target[k], v) : v
  return target
}

/** Fields every Stripe object has. */
const base = (prefix: string, object: string, body: Body) => ({
  id: newId(prefix),
  object,
  created: now(),
  livemode: false,
  metadata: isPlain(body.metadata) ? { ...body.metadata } : {},
})

export async function startFakeStripe(): Promise<FakeStripe> {
  let rules: Rule[] = []
  const idem = new Map<string, Stored>()

  const fake: FakeStripe = {
    url: "",
    port: 0,
    requests: [],
    requestsTo: (method, prefix) => fake.requests.filter((r) => r.method === method.toUpperCase() && r.path.startsWith(prefix)),
    transfers: new Map(),
    reversals: new Map(),
    accounts: new Map(),
    paymentIntents: new Map(),
    charges: new Map(),
    refunds: new Map(),
    customers: new Map(),
    strictIdempotency: true,
    failNext: (method, prefix, o) =>
      void rules.push({ kind: "fail", method: method.toUpperCase(), prefix, left: o.times ?? 1, status: o.status, message: o.message, code: o.code }),
    dropAfterCreate: (method, prefix, times = 1) => void rules.push({ kind: "drop", method: method.toUpperCase(), prefix, left: times }),
    updateAccount: (id, patch) => deepMerge(find(fake.accounts, id, "account"), patch),
    reset() {
      fake.requests.length = 0
      for (const m of [fake.transfers, fake.reversals, fake.accounts, fake.paymentIntents, fake.charges, fake.refunds, fake.customers]) m.clear()
      rules = []
      idem.clear()
      Object.assign(fake, { nextIntentStatus: undefined, strictIdempotency: true })
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()))
        server.closeAllConnections() // the SDKs use keep-alive agents
      }),
  }

  // ---- Connect: accounts, account links, transfers, reversals ----
  function createAccount(b: Body) {
    const requested = Object.keys(isPlain(b.capabilities) ? b.capabilities : {})
    const acct = {
      ...base("acct", "account", b),
      type: b.type ?? "express",
      email: b.email ?? null,
      country: b.country ?? "US",
      business_profile: b.business_profile ?? {},
      capabilities: Object.fromEntries((requested.length ? requested : ["transfers"]).map((c) => [c, "inactive"])),
      charges_enabled: false,
      payouts_enabled: false,
      details_submitted: false,
      requirements: { currently_due: ["external_account", "tos_acceptance.date"], past_due: [], eventually_due: [], disabled_reason: "requirements.past_due" },
    }
    fake.accounts.set(acct.id, acct)
    return acct
  }

  function createAccountLink(b: Body) {
    required(b, "account", "type")
    find(fake.accounts, b.account, "account", "account")
    required(b, "refresh_url", "return_url")
    const created = now()
    return { object: "account_link", created, expires_at: created + 300, url: `https://connect.stripe.com/setup/e/${b.account}/${rand()}` }
  }

  function createTransfer(b: Body) {
    const amount = positive(b.amount, "amount")
    required(b, "currency", "destination")
    find(fake.accounts, b.destination, "destination", "destination", 400)
    const tr = {
      ...base("tr", "transfer", b),
      amount,
      amount_reversed: 0,
      currency: String(b.currency).toLowerCase(),
      destination: b.destination,
      source_transaction: b.source_transaction ?? null,
      transfer_group: b.transfer_group ?? null,
      description: b.description ?? null,
      reversed: false,
      reversals: { object: "list", data: [] as any[], has_more: false, total_count: 0, url: "" },
    }
    tr.reversals.url = `/v1/transfers/${tr.id}/reversals`
    fake.transfers.set(tr.id, tr)
    return tr
  }

  function createReversal(b: Body, id: string) {
    const tr = find(fake.transfers, id, "transfer")
    const left = tr.amount - tr.amount_reversed
    const amount = b.amount === undefined ? left : positive(b.amount, "amount")
    if (amount > left || left <= 0)
      fail(400, `Insufficient funds: transfer ${id} has ${left} left to reverse, cannot reverse ${amount}.`, { code: "insufficient_funds", param: "amount" })
    const trr = { ...base("trr", "transfer_reversal", b), amount, currency: tr.currency, transfer: id }
    fake.reversals.set(trr.id, trr)
    tr.amount_reversed += amount
    tr.reversed = tr.amount_reversed === tr.amount
    tr.reversals.data.unshift(trr)
    tr.reversals.total_count++
    return trr
  }

  // ---- Payments: intents, charges, refunds, customers ----
  /** Simulates a customer who confirmed the card: creates the charge, captured or not. */
  function chargeIntent(pi: Body) {
    const captured = pi.status === "succeeded"
    const ch = {
      ...base("ch", "charge", pi),
      amount: pi.amount,
      amount_captured: captured ? pi.amount : 0,
      amount_refunded: 0,
      refunded: false,
      captured,
      paid: true,
      status: "succeeded",
      currency: pi.currency,
      payment_intent: pi.id,
      transfer_group: pi.transfer_group,
      balance_transaction: newId("txn"),
    }
    fake.charges.set(ch.id, ch)
    Object.assign(pi, { latest_charge: ch.id, payment_method: newId("pm") })
    if (captured) pi.amount_received = pi.amount
    else pi.amount_capturable = pi.amount
  }

  function createIntent(b: Body) {
    const amount = positive(b.amount, "amount")
    required(b, "currency")
    const capture_method = b.capture_method ?? "automatic"
    const status = fake.nextIntentStatus ?? (capture_method === "manual" ? "requires_capture" : "succeeded")
    fake.nextIntentStatus = undefined
    const pi: Body = {
      ...base("pi", "payment_intent", b),
      amount,
      amount_received: 0,
      amount_capturable: 0,
      currency: String(b.currency).toLowerCase(),
      capture_method,
      status,
      customer: b.customer ?? null,
      description: b.description ?? null,
      transfer_group: b.transfer_group ?? null,
      latest_charge: null,
      payment_method: null,
      last_payment_error: null,
      canceled_at: null,
      cancellation_reason: null,
    }
    pi.client_secret = `${pi.id}_secret_${rand(24)}`
    if (status === "requires_capture" || status === "succeeded") chargeIntent(pi)
    fake.paymentIntents.set(pi.id, pi)
    return pi
  }

  function updateIntent(b: Body, id: string) {
    const pi = find(fake.paymentIntents, id, "payment_intent")
    if (b.amount !== undefined) pi.amount = positive(b.amount, "amount")
    if (b.description !== undefined) pi.description = b.description
    pi.metadata = mergeMetadata(pi.metadata, b.metadata)
    return pi
  }

  const unexpectedState = (pi: Body, action: string, allowed: string): never =>
    fail(
      400,
      `This PaymentIntent could not be ${action} because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be ${action}: ${allowed}.`,
      { code: "payment_intent_unexpected_state", payment_intent: pi }
    )

  function confirmIntent(_b: Body, id: string) {
    const pi = find(fake.paymentIntents, id, "payment_intent")
    if (!["requires_payment_method", "requires_confirmation", "requires_action"].includes(pi.status))
      unexpectedState(pi, "confirmed", "requires_payment_method, requires_confirmation, requires_action")
    pi.status = pi.capture_method === "manual" ? "requires_capture" : "succeeded"
    chargeIntent(pi)
    return pi
  }

  function captureIntent(b: Body, id: string) {
    const pi = find(fake.paymentIntents, id, "payment_intent")
    if (pi.status !== "requires_capture") unexpectedState(pi, "captured", "requires_capture")
    const amount = int(b.amount_to_capture, "amount_to_capture") ?? pi.amount_capturable
    if (amount <= 0 || amount > pi.amount_capturable)
      fail(400, `amount_to_capture must be between 1 and ${pi.amount_capturable}.`, { code: "amount_too_large", param: "amount_to_capture" })
    const ch = fake.charges.get(pi.latest_charge)
    // Like Stripe, a partial capture releases (refunds) the uncaptured remainder.
    Object.assign(ch, { captured: true, amount_captured: amount, amount_refunded: ch.amount - amount })
    Object.assign(pi, { status: "succeeded", amount_received: amount, amount_capturable: 0 })
    return pi
  }

  function cancelIntent(b: Body, id: string) {
    const pi = find(fake.paymentIntents, id, "payment_intent")
    if (pi.status === "succeeded" || pi.status === "canceled")
      unexpectedState(pi, "canceled", "requires_payment_method, requires_capture, requires_confirmation, requires_action, processing")
    return Object.assign(pi, { status: "canceled", amount_capturable: 0, canceled_at: now(), cancellation_reason: b.cancellation_reason ?? null })
  }

  function createRefund(b: Body) {
    if (!b.payment_intent && !b.charge) fail(400, "Must provide either `payment_intent` or `charge`.", { code: "parameter_missing", param: "payment_intent" })
    let ch = b.charge ? find(fake.charges, b.charge, "charge", "charge") : undefined
    if (!ch) {
      const pi = find(fake.paymentIntents, b.payment_intent, "payment_intent", "payment_intent")
      ch =
        (pi.latest_charge && fake.charges.get(pi.latest_charge)) ??
        fail(400, `This PaymentIntent (${pi.id}) does not have a successful charge to refund.`, { code: "charge_not_refundable" })
    }
    const left = ch.amount - ch.amount_refunded
    if (left <= 0) fail(400, `Charge ${ch.id} has already been refunded.`, { code: "charge_already_refunded" })
    const amount = b.amount === undefined ? left : positive(b.amount, "amount")
    if (amount > left)
      fail(400, `Refund amount (${amount}) is greater than unrefunded amount on charge (${left}).`, { code: "amount_too_large", param: "amount" })
    ch.amount_refunded += amount
    ch.refunded = ch.amount_refunded === ch.amount
    const re = {
      ...base("re", "refund", b),
      amount,
      charge: ch.id,
      payment_intent: ch.payment_intent,
      currency: ch.currency,
      status: "succeeded",
      reason: b.reason ?? null,
    }
    fake.refunds.set(re.id, re)
    return re
  }

  function upsertCustomer(b: Body, id?: string) {
    const cus: Body = id ? find(fake.customers, id, "customer") : { ...base("cus", "customer", b), email: null, name: null }
    for (const k of ["email", "name", "phone", "description"]) if (b[k] !== undefined) cus[k] = b[k]
    if (id) cus.metadata = mergeMetadata(cus.metadata, b.metadata)
    fake.customers.set(cus.id, cus)
    return cus
  }

  type Handler = (body: Body, id: string) => unknown
  const routes: [string, RegExp, Handler][] = [
    ["POST", /^\/v1\/accounts$/, createAccount],
    ["GET", /^\/v1\/accounts\/([^/]+)$/, (_b, id) => find(fake.accounts, id, "account")],
    ["POST", /^\/v1\/account_links$/, createAccountLink],
    ["POST", /^\/v1\/transfers$/, createTransfer],
    ["GET", /^\/v1\/transfers\/([^/]+)$/, (_b, id) => find(fake.transfers, id, "transfer")],
    ["POST", /^\/v1\/transfers\/([^/]+)\/reversals$/, createReversal],
    ["GET", /^\/v1\/transfers\/([^/]+)\/reversals$/, (_b, id) => find(fake.transfers, id, "transfer").reversals],
    ["POST", /^\/v1\/payment_intents$/, createIntent],
    ["GET", /^\/v1\/payment_intents\/([^/]+)$/, (_b, id) => find(fake.paymentIntents, id, "payment_intent")],
    ["POST", /^\/v1\/payment_intents\/([^/]+)$/, updateIntent],
    ["POST", /^\/v1\/payment_intents\/([^/]+)\/confirm$/, confirmIntent],
    ["POST", /^\/v1\/payment_intents\/([^/]+)\/capture$/, captureIntent],
    ["POST", /^\/v1\/payment_intents\/([^/]+)\/cancel$/, cancelIntent],
    ["GET", /^\/v1\/charges\/([^/]+)$/, (_b, id) => find(fake.charges, id, "charge")],
    ["POST", /^\/v1\/refunds$/, createRefund],
    ["GET", /^\/v1\/refunds\/([^/]+)$/, (_b, id) => find(fake.refunds, id, "refund")],
    ["POST", /^\/v1\/customers$/, (b) => upsertCustomer(b)],
    ["GET", /^\/v1\/customers\/([^/]+)$/, (_b, id) => find(fake.customers, id, "customer")],
    ["POST", /^\/v1\/customers\/([^/]+)$/, upsertCustomer],
  ]

  function dispatch(method: string, path: string, body: Body): { status: number; payload: string } {
    try {
      for (const [m, re, handler] of routes) {
        const match = method === m ? re.exec(path) : null
        if (match) return { status: 200, payload: JSON.stringify(handler(body, decodeURIComponent(match[1] ?? ""))) }
      }
      return fail(404, `Unrecognized request URL (${method}: ${path}).`, { code: "resource_missing" })
    } catch (e) {
      if (e instanceof ApiError) return { status: e.status, payload: errorPayload(e.status, e.message, e.extra) }
      return { status: 500, payload: errorPayload(500, `Fake Stripe crashed: ${(e as Error).message}`) }
    }
  }

  const takeRule = (kind: Rule["kind"], method: string, path: string) => {
    const rule = rules.find((r) => r.kind === kind && r.left > 0 && r.method === method && path.startsWith(r.prefix))
    if (rule) rule.left--
    return rule
  }

  function send(res: http.ServerResponse, status: number, payload: string, replayed = false) {
    const headers = { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(payload), "Request-Id": newId("req") }
    res.writeHead(status, replayed ? { ...headers, "Idempotent-Replayed": "true" } : headers)
    res.end(payload)
  }

  function handle(req: http.IncomingMessage, res: http.ServerResponse, raw: string) {
    const method = (req.method ?? "GET").toUpperCase()
    const url = req.url ?? "/"
    const q = url.indexOf("?")
    const path = q < 0 ? url : url.slice(0, q)
    const isJson = String(req.headers["content-type"] ?? "").includes("json")
    const body = method === "GET" || method === "DELETE" ? parseForm(q < 0 ? "" : url.slice(q + 1)) : isJson && raw ? JSON.parse(raw) : parseForm(raw)
    const header = (h: string) => (req.headers[h] as string | undefined) || undefined
    const idempotencyKey = header("idempotency-key")
    fake.requests.push({ method, path, body, idempotencyKey, stripeAccount: header("stripe-account"), at: Date.now() })

    const failure = takeRule("fail", method, path)
    if (failure)
      return send(
        res,
        failure.status!,
        errorPayload(failure.status!, failure.message ?? "Simulated Stripe failure", failure.code ? { code: failure.code } : {})
      )

    // Only successful POSTs are cached, so a retry after a 4xx/5xx re-executes.
    const cacheKey = method === "POST" && idempotencyKey ? `${method} ${path} ${idempotencyKey}` : undefined
    const fingerprint = JSON.stringify(body)
    const cached = cacheKey ? idem.get(cacheKey) : undefined
    let out: { status: number; payload: string } | undefined = cached
    if (cached && fake.strictIdempotency && cached.fingerprint !== fingerprint) {
      const message = `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`
      out = { status: 400, payload: JSON.stringify({ error: { type: "idempotency_error", message } }) }
    }
    if (!out) {
      out = dispatch(method, path, body)
      if (cacheKey && out.status < 400) idem.set(cacheKey, { ...out, fingerprint })
    }
    if (takeRule("drop", method, path)) return void req.socket.destroy()
    send(res, out.status, out.payload, out === cached)
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("end", () => {
      try {
        handle(req, res, Buffer.concat(chunks).toString("utf8"))
      } catch (e) {
        send(res, 500, errorPayload(500, `Fake Stripe crashed: ${(e as Error).message}`))
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  fake.port = (server.address() as AddressInfo).port
  fake.url = `http://127.0.0.1:${fake.port}`
  return fake
}
