import type Stripe from "stripe"
import { MedusaError } from "@medusajs/framework/utils"
import type { IPayoutProvider, PayoutAccountState, ProviderAccount, ProviderEvent, TransferInput } from "../payout-provider"
import { accountState } from "./account-state"
import { createStripeClient } from "./client"
import { verifyStripeEvent } from "./webhook"

export type StripeConnectOptions = { apiKey?: string; apiBaseUrl?: string; webhookSecret?: string }

/** Payouts through Stripe Connect: Express accounts, transfers and reversals, signed webhooks. */
export class StripeConnectProvider implements IPayoutProvider {
  private client_?: Stripe

  constructor(private readonly options: StripeConnectOptions) {}

  /** The platform's Stripe client; NOT_ALLOWED when no API key is configured. */
  private client(): Stripe {
    if (!this.options.apiKey) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Stripe payouts are not configured on this platform (no API key)")
    }
    this.client_ ??= createStripeClient(this.options.apiKey, this.options.apiBaseUrl)
    return this.client_
  }

  async createAccount(
    input: { vendor_id: string; country: string; email?: string; name?: string },
    { idempotencyKey }: { idempotencyKey: string }
  ): Promise<ProviderAccount> {
    const account = await this.client().accounts.create(
      {
        type: "express",
        country: input.country,
        email: input.email,
        business_profile: { name: input.name },
        capabilities: { transfers: { requested: true } },
        metadata: { vendor_id: input.vendor_id },
      },
      { idempotencyKey }
    )
    return { id: account.id, country: account.country ?? null, created: account.created ?? 0, ...accountState(account) }
  }

  async createOnboardingLink(input: { account_id: string; return_url: string; refresh_url: string }) {
    const link = await this.client().accountLinks.create({
      account: input.account_id,
      type: "account_onboarding",
      return_url: input.return_url,
      refresh_url: input.refresh_url,
    })
    return { url: link.url, expires_at: link.expires_at }
  }

  accountState(account: unknown): PayoutAccountState {
    return accountState(account as Stripe.Account)
  }

  async createTransfer(input: TransferInput, { idempotencyKey }: { idempotencyKey: string }) {
    const transfer = await this.client().transfers.create(
      {
        amount: input.amount_minor,
        currency: input.currency,
        destination: input.destination,
        ...(input.source_transaction ? { source_transaction: input.source_transaction } : {}),
        ...(input.transfer_group ? { transfer_group: input.transfer_group } : {}),
        description: input.description,
        metadata: input.metadata,
      },
      { idempotencyKey }
    )
    return { id: transfer.id, amount: transfer.amount }
  }

  async reverseTransfer(
    input: { transfer_id: string; amount_minor: number; metadata: Record<string, string> },
    { idempotencyKey }: { idempotencyKey: string }
  ) {
    const reversal = await this.client().transfers.createReversal(
      input.transfer_id,
      { amount: input.amount_minor, metadata: input.metadata },
      { idempotencyKey }
    )
    return { id: reversal.id }
  }

  parseWebhook(rawBody: Buffer | string | undefined, signature: unknown): ProviderEvent {
    return verifyStripeEvent(rawBody, signature, this.options.webhookSecret)
  }
}
