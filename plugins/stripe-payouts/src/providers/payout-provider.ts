/** Where a connected account stands for receiving transfers, and what the provider still needs. */
export type PayoutAccountState = {
  status: "pending" | "active" | "restricted"
  charges_enabled: boolean
  payouts_enabled: boolean
  details_submitted: boolean
  requirements: { currently_due: string[]; past_due: string[]; disabled_reason: string | null }
}

/** A connected account just opened with the provider. */
export type ProviderAccount = PayoutAccountState & {
  id: string
  country: string | null
  /** Unix seconds; the first state applied. */
  created: number
}

/** Money sent from the platform's balance to a connected account, in minor units. */
export type TransferInput = {
  amount_minor: number
  currency: string
  destination: string
  source_transaction: string | null
  transfer_group: string | null
  description: string
  metadata: Record<string, string>
}

/** A signed webhook event, checked to be recordable once by its id. */
export type ProviderEvent = {
  id: string
  type: string
  /** Unix seconds. */
  created: number
  account?: string | null
  data?: { object?: unknown }
}

/**
 * What the payouts module needs from a payment platform with connected accounts (Stripe Connect
 * today). Calls that create something take an idempotency key, so a retried call creates it once.
 */
export interface IPayoutProvider {
  /** Opens a connected account for a vendor. */
  createAccount(input: { vendor_id: string; country: string; email?: string; name?: string }, options: { idempotencyKey: string }): Promise<ProviderAccount>
  /** A one-time link where the vendor finishes onboarding with the provider. */
  createOnboardingLink(input: { account_id: string; return_url: string; refresh_url: string }): Promise<{ url: string; expires_at: number }>
  /** The platform's view of a provider account object (as webhooks deliver it). */
  accountState(account: unknown): PayoutAccountState
  /** Sends money to a connected account. */
  createTransfer(input: TransferInput, options: { idempotencyKey: string }): Promise<{ id: string; amount: number }>
  /** Takes part of a transfer back from the connected account. */
  reverseTransfer(
    input: { transfer_id: string; amount_minor: number; metadata: Record<string, string> },
    options: { idempotencyKey: string }
  ): Promise<{ id: string }>
  /** Checks a webhook's signature and that its event can be recorded; INVALID_DATA when it cannot. */
  parseWebhook(rawBody: Buffer | string | undefined, signature: unknown): ProviderEvent
}

/** The payouts module's container key for its provider. */
export const PAYOUT_PROVIDER = "payoutProvider"
