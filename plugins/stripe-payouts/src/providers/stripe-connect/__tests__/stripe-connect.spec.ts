import Stripe from "stripe"
import { activeAccountPatch, startFakeStripe, type FakeStripe } from "@broadcart/test-utils/stripe"
import { StripeConnectProvider } from ".."

const SECRET = "whsec_providertest"

describe("StripeConnectProvider", () => {
  let fake: FakeStripe
  let provider: StripeConnectProvider
  const open = () =>
    provider.createAccount({ vendor_id: "vend_1", country: "DE", email: "shop@example.com", name: "Shop" }, { idempotencyKey: "account_vend_1_DE" })

  beforeAll(async () => {
    fake = await startFakeStripe()
    provider = new StripeConnectProvider({ apiKey: "sk_test_provider", apiBaseUrl: fake.url, webhookSecret: SECRET })
  })
  afterAll(() => fake.close())
  beforeEach(() => fake.reset())

  it("opens an Express account with transfers requested, once per idempotency key, and reports its state", async () => {
    const account = await open()
    expect(await open()).toEqual(account)
    expect(fake.accounts.size).toBe(1)
    expect(fake.accounts.get(account.id)).toMatchObject({ type: "express", country: "DE", email: "shop@example.com", metadata: { vendor_id: "vend_1" } })
    expect(fake.requestsTo("POST", "/v1/accounts")[0]).toMatchObject({
      idempotencyKey: "account_vend_1_DE",
      body: { capabilities: { transfers: { requested: "true" } } },
    })
    expect(account).toMatchObject({
      id: expect.stringMatching(/^acct_/),
      country: "DE",
      created: expect.any(Number),
      status: "pending",
      payouts_enabled: false,
    })
  })

  it("gives an onboarding link for the account", async () => {
    const account = await open()
    const link = await provider.createOnboardingLink({ account_id: account.id, return_url: "https://v.example/done", refresh_url: "https://v.example/again" })
    expect(link).toEqual({ url: expect.stringMatching(/^https:\/\/connect\.stripe\.com\//), expires_at: expect.any(Number) })
    expect(fake.requestsTo("POST", "/v1/account_links")[0].body).toMatchObject({ type: "account_onboarding", return_url: "https://v.example/done" })
  })

  it("reads an account object's state as the platform keeps it", () => {
    const state = provider.accountState({ id: "acct_1", ...activeAccountPatch })
    expect(state).toEqual({
      status: "active",
      charges_enabled: true,
      payouts_enabled: true,
      details_submitted: true,
      requirements: { currently_due: [], past_due: [], disabled_reason: null },
    })
  })

  it("sends a transfer and reverses part of it, each once per idempotency key", async () => {
    const account = await open()
    const input = {
      amount_minor: 1500,
      currency: "usd",
      destination: account.id,
      source_transaction: null,
      transfer_group: "ogrp_1",
      description: "Payout payout_1",
      metadata: { payout_id: "payout_1" },
    }
    const transfer = await provider.createTransfer(input, { idempotencyKey: "payout_payout_1" })
    expect(await provider.createTransfer(input, { idempotencyKey: "payout_payout_1" })).toEqual(transfer)
    expect(transfer).toEqual({ id: expect.stringMatching(/^tr_/), amount: 1500 })
    expect(fake.transfers.get(transfer.id)).toMatchObject({ destination: account.id, transfer_group: "ogrp_1", source_transaction: null })

    const reversal = await provider.reverseTransfer(
      { transfer_id: transfer.id, amount_minor: 500, metadata: { adjustment_id: "padj_1" } },
      { idempotencyKey: "reversal_padj_1" }
    )
    await provider.reverseTransfer(
      { transfer_id: transfer.id, amount_minor: 500, metadata: { adjustment_id: "padj_1" } },
      { idempotencyKey: "reversal_padj_1" }
    )
    expect([...fake.reversals.values()]).toEqual([expect.objectContaining({ id: reversal.id, amount: 500, metadata: { adjustment_id: "padj_1" } })])
  })

  it("refuses every call with NOT_ALLOWED when no API key is configured", async () => {
    const unconfigured = new StripeConnectProvider({ webhookSecret: SECRET })
    await expect(
      unconfigured.createOnboardingLink({ account_id: "acct_1", return_url: "https://a.example", refresh_url: "https://a.example" })
    ).rejects.toMatchObject({
      type: "not_allowed",
      message: "Stripe payouts are not configured on this platform (no API key)",
    })
    expect(fake.requests).toEqual([])
  })

  describe("parseWebhook", () => {
    const payload = JSON.stringify({ id: "evt_1", object: "event", type: "account.updated", created: 1_700_000_000, data: { object: { id: "acct_1" } } })

    it("returns the event of a body signed with the webhook secret", () => {
      const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET })
      expect(provider.parseWebhook(payload, signature)).toMatchObject({ id: "evt_1", type: "account.updated", data: { object: { id: "acct_1" } } })
    })

    it("refuses a forged or missing signature with INVALID_DATA", () => {
      const forged = Stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_other" })
      expect(() => provider.parseWebhook(payload, forged)).toThrow(
        expect.objectContaining({ type: "invalid_data", message: expect.stringMatching(/signature/) })
      )
      expect(() => provider.parseWebhook(payload, undefined)).toThrow("Missing Stripe-Signature header")
    })

    it("refuses with NOT_ALLOWED when no webhook secret is configured", () => {
      const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET })
      expect(() => new StripeConnectProvider({}).parseWebhook(payload, signature)).toThrow(expect.objectContaining({ type: "not_allowed" }))
    })
  })
})
