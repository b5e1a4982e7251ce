import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { parseModuleOptions } from "@broadcart/core/options"
import optionsDefinition from "../../options"
import { PAYOUT_PROVIDER, type IPayoutProvider, type TransferInput } from "../../providers/payout-provider"
import { fromMinor, proportionalStep, toMinor } from "./utils/money"
import { PayoutAccount } from "./models/payout-account"
import { CommissionRule } from "./models/commission-rule"
import { CommissionLine, Payout, PayoutAdjustment } from "./models/payout"
import { StripeEvent } from "./models/stripe-event"
import { BankPayout } from "./models/bank-payout"

export type PayoutsOptions = ReturnType<typeof optionsDefinition.schema.parse>

type SqlManager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }

/** The scope of a commission rule as one unique key: vendor:category:currency, * for none. */
export function ruleScopeKey(rule: { vendor_id?: string | null; product_category_id?: string | null; currency_code?: string | null }) {
  return [rule.vendor_id, rule.product_category_id, rule.currency_code].map((p) => p || "*").join(":")
}

/** Connected accounts, commission rules and lines, the payout ledger and processed Stripe events. */
export default class PayoutsModuleService extends MedusaService({
  PayoutAccount,
  CommissionRule,
  CommissionLine,
  Payout,
  PayoutAdjustment,
  StripeEvent,
  BankPayout,
}) {
  readonly options: PayoutsOptions
  private readonly provider_: IPayoutProvider

  constructor(container: Record<string, unknown>, options?: Record<string, unknown>) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options = parseModuleOptions(optionsDefinition, options ?? {})
    this.provider_ = container[PAYOUT_PROVIDER] as IPayoutProvider
  }

  /** Opens the vendor's connected account with the provider; the same key never opens a second. */
  createProviderAccount(input: Parameters<IPayoutProvider["createAccount"]>[0], idempotencyKey: string) {
    return this.provider_.createAccount(input, { idempotencyKey })
  }

  /** A one-time link where the vendor finishes onboarding with the provider. */
  createOnboardingLink(input: { account_id: string; return_url: string; refresh_url: string }) {
    return this.provider_.createOnboardingLink(input)
  }

  /** The fields the platform keeps of a provider account object (as webhooks deliver it). */
  accountState(account: unknown) {
    return this.provider_.accountState(account)
  }

  /** Sends a transfer to a connected account; the same key never sends twice. */
  createTransfer(input: TransferInput, idempotencyKey: string) {
    return this.provider_.createTransfer(input, { idempotencyKey })
  }

  /** Reverses part of a sent transfer; the same key never reverses twice. */
  reverseTransfer(input: { transfer_id: string; amount_minor: number; metadata: Record<string, string> }, idempotencyKey: string) {
    return this.provider_.reverseTransfer(input, { idempotencyKey })
  }

  /** A verified webhook event; INVALID_DATA when forged, stale or malformed. */
  parseWebhook(rawBody: Buffer | string | undefined, signature: unknown) {
    return this.provider_.parseWebhook(rawBody, signature)
  }

  /** Delay before retry number `attempt` (1-based): the base, doubling each time, at most a day. */
  retryDelayMs(attempt: number) {
    return Math.min(this.options.retryBaseSeconds * 1000 * 2 ** Math.max(0, attempt - 1), 86_400_000)
  }

  /**
   * Atomically takes payouts that are ready to send: due (and past their hold), failed with a retry
   * due, or left processing by a run that died (claim older than `leaseSeconds`). Only vendors with
   * an active account qualify. Concurrent runs never take the same payout.
   */
  @InjectManager()
  async claimSendablePayouts(input: { limit: number; leaseSeconds: number }, @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    const manager = sharedContext.manager as unknown as SqlManager
    const currency = this.options.currency
    const rows = await manager.execute(
      `UPDATE payout SET status = 'processing', claimed_at = now(), attempts = attempts + 1,
              hold_reason = NULL, updated_at = now()
        WHERE id IN (
          SELECT p.id FROM payout p
            JOIN payout_account a ON a.vendor_id = p.vendor_id AND a.status = 'active' AND a.deleted_at IS NULL
           WHERE p.deleted_at IS NULL
             AND ((p.status = 'due' AND p.due_at <= now())
               OR (p.status = 'failed' AND p.next_attempt_at <= now())
               OR (p.status = 'processing' AND p.claimed_at < now() - make_interval(secs => ?)))
             ${currency ? "AND p.currency_code = ?" : ""}
           ORDER BY p.due_at
           LIMIT ?
           FOR UPDATE OF p SKIP LOCKED)
        RETURNING id`,
      currency ? [input.leaseSeconds, currency, input.limit] : [input.leaseSeconds, input.limit]
    )
    return rows.map((r) => r.id)
  }

  /**
   * Writes on every due (or failed) payout why it is not being sent, or clears it when nothing
   * stands in the way: the first of no API key, another currency than `currency`, no connected
   * account, an account that is not active, and the hold after it fell due. Optionally only the
   * given payouts or one vendor's.
   */
  @InjectManager()
  async markHeldPayouts(filter: { ids?: string[]; vendor_id?: string } = {}, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as unknown as SqlManager
    const { apiKey, currency, holdDays } = this.options
    const reasons = {
      noKey: "Stripe payouts are not configured on this platform (no Stripe API key)",
      currency: `Payouts are made in ${currency?.toUpperCase()} only`,
      noAccount: "The vendor has not set up Stripe payouts yet",
      notActive: "Waiting for the vendor's Stripe account to become active",
      hold: `Held ${holdDays} day${holdDays === 1 ? "" : "s"} after it fell due, until `,
    }
    const scope = [filter.ids ? "AND p.id IN (?)" : "", filter.vendor_id ? "AND p.vendor_id = ?" : ""].join(" ")
    await manager.execute(
      `UPDATE payout p SET hold_reason = r.reason, updated_at = now()
         FROM (SELECT p.id, CASE
                 WHEN ? THEN ?
                 WHEN ?::text IS NOT NULL AND p.currency_code <> ? THEN ?
                 WHEN a.status IS NULL THEN ?
                 WHEN a.status <> 'active' THEN ? || ' (it is ' || a.status || ')'
                 WHEN p.status = 'due' AND p.due_at > now() THEN ? || to_char(p.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI "UTC"')
               END AS reason
                 FROM payout p
                 LEFT JOIN payout_account a ON a.vendor_id = p.vendor_id AND a.deleted_at IS NULL
                WHERE p.status IN ('due', 'failed') AND p.deleted_at IS NULL ${scope}) r
        WHERE p.id = r.id AND p.hold_reason IS DISTINCT FROM r.reason`,
      [
        !apiKey,
        reasons.noKey,
        currency ?? null,
        currency ?? null,
        reasons.currency,
        reasons.noAccount,
        reasons.notActive,
        reasons.hold,
        ...(filter.ids ? [filter.ids] : []),
        ...(filter.vendor_id ? [filter.vendor_id] : []),
      ]
    )
  }

  /**
   * Turns the payout's pending refund adjustments into reductions of the unsent amount, if the
   * payout is still unsent (or held by the caller's claim). Returns the vendor amount deducted in all.
   */
  @InjectManager()
  async reducePendingAdjustments(payoutId: string, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as unknown as SqlManager
    await manager.execute(
      `UPDATE payout_adjustment SET kind = 'reduction', status = 'done', updated_at = now()
        WHERE payout_id = ? AND status = 'pending' AND deleted_at IS NULL`,
      [payoutId]
    )
    const [row] = await manager.execute(
      `SELECT coalesce(sum(vendor_amount), 0) AS total FROM payout_adjustment
        WHERE payout_id = ? AND kind = 'reduction' AND status = 'done' AND deleted_at IS NULL`,
      [payoutId]
    )
    return Number(row.total)
  }

  /**
   * Records a Stripe event as taken. Returns false when it was taken before (a retry or replay), so
   * each event id is processed once even when many copies arrive at the same time.
   */
  @InjectManager()
  async takeEvent(
    event: { id: string; type: string; account?: string | null; created: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const manager = sharedContext.manager as unknown as SqlManager
    const rows = await manager.execute(
      `INSERT INTO stripe_event (id, event_id, type, account, event_created, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'processing', now(), now())
       ON CONFLICT (event_id) WHERE deleted_at IS NULL DO UPDATE SET status = 'processing', updated_at = now()
         WHERE stripe_event.status = 'failed'
            OR (stripe_event.status = 'processing' AND stripe_event.updated_at < now() - interval '5 minutes')
       RETURNING id`,
      [`sevt_${event.id}`, event.id, event.type, event.account ?? null, event.created]
    )
    return rows.length > 0
  }

  /**
   * Books a refund of `amount` on a vendor order's payout, once per `key`: splits it between the
   * vendor and the platform in proportion to net and commission (cumulatively, so parts add up to
   * the cent) and leaves a pending adjustment to settle. Returns the adjustment id, or null when the
   * order has no payout.
   */
  @InjectTransactionManager()
  async recordRefund(
    input: { order_id: string; key: string; amount: number; reason?: string; kind?: "reduction" | "external_reversal" },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string | null> {
    const manager = sharedContext.transactionManager as unknown as SqlManager
    const [payout] = await manager.execute(`SELECT * FROM payout WHERE order_id = ? AND deleted_at IS NULL FOR UPDATE`, [input.order_id])
    if (!payout) {
      return null
    }
    const [existing] = await manager.execute(`SELECT id FROM payout_adjustment WHERE key = ? AND deleted_at IS NULL`, [input.key])
    if (existing) {
      return existing.id
    }
    const c = payout.currency_code
    const gross = toMinor(payout.gross_amount, c)
    const before = Math.min(toMinor(payout.refunded_amount, c), gross)
    const after = Math.min(before + toMinor(input.amount, c), gross)
    const vendor = proportionalStep(toMinor(payout.net_amount, c), before, after, gross)
    const commission = after - before - vendor
    const id = generateEntityId(undefined, "padj")
    await manager.execute(
      `INSERT INTO payout_adjustment (id, payout_id, key, kind, refund_amount, raw_refund_amount, vendor_amount, raw_vendor_amount,
         commission_amount, raw_commission_amount, status, reason, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, now(), now())`,
      [
        id,
        payout.id,
        input.key,
        input.kind ?? "reduction",
        ...bigNumber(fromMinor(after - before, c)),
        ...bigNumber(fromMinor(vendor, c)),
        ...bigNumber(fromMinor(commission, c)),
        input.reason ?? null,
      ]
    )
    const refunded = fromMinor(after, c)
    const refundedVendor = fromMinor(toMinor(payout.refunded_vendor_amount, c) + vendor, c)
    const refundedCommission = fromMinor(toMinor(payout.refunded_commission_amount, c) + commission, c)
    await manager.execute(
      `UPDATE payout SET refunded_amount = ?, raw_refunded_amount = ?, refunded_vendor_amount = ?, raw_refunded_vendor_amount = ?,
         refunded_commission_amount = ?, raw_refunded_commission_amount = ?, updated_at = now() WHERE id = ?`,
      [...bigNumber(refunded), ...bigNumber(refundedVendor), ...bigNumber(refundedCommission), payout.id]
    )
    return id
  }

  /**
   * Applies a pending adjustment to its payout's unsent amount if the payout is surely unsent (no
   * transfer attempt under way). The payout row is locked, so a concurrent claim cannot slip between.
   * Returns true when it was applied as a reduction.
   */
  @InjectTransactionManager()
  async reduceIfUnsent(adjustmentId: string, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const manager = sharedContext.transactionManager as unknown as SqlManager
    const [adj] = await manager.execute(`SELECT payout_id, status FROM payout_adjustment WHERE id = ?`, [adjustmentId])
    const [payout] = await manager.execute(`SELECT * FROM payout WHERE id = ? FOR UPDATE`, [adj.payout_id])
    const unsent = ["pending", "due", "failed", "canceled"].includes(payout.status) && !payout.transfer_key
    if (adj.status !== "pending" || !unsent) {
      return false
    }
    await manager.execute(`UPDATE payout_adjustment SET kind = 'reduction', status = 'done', updated_at = now() WHERE id = ?`, [adjustmentId])
    const c = payout.currency_code
    if (toMinor(payout.refunded_vendor_amount, c) >= toMinor(payout.net_amount, c)) {
      await manager.execute(`UPDATE payout SET status = 'canceled', hold_reason = NULL, updated_at = now() WHERE id = ?`, [payout.id])
    }
    return true
  }

  /**
   * Marks a pending adjustment reversed by Stripe reversal `reversalId` and adds its vendor amount
   * to the payout's reversed total, in one transaction and at most once.
   */
  @InjectTransactionManager()
  async completeReversal(adjustmentId: string, reversalId: string | null, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as unknown as SqlManager
    const [adj] = await manager.execute(
      `UPDATE payout_adjustment SET kind = 'reversal', status = 'done', stripe_reversal_id = ?, attempts = attempts + 1,
              last_error = NULL, next_attempt_at = NULL, updated_at = now()
        WHERE id = ? AND status = 'pending' RETURNING payout_id, vendor_amount`,
      [reversalId, adjustmentId]
    )
    if (adj) {
      await addReversed(manager, adj.payout_id, adj.vendor_amount)
    }
    return !!adj
  }

  /** Books a reversal made outside the platform (e.g. in the Stripe dashboard), once per reversal id. */
  @InjectTransactionManager()
  async recordExternalReversal(input: { payout_id: string; reversal_id: string; amount: number }, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as unknown as SqlManager
    const [inserted] = await manager.execute(
      `INSERT INTO payout_adjustment (id, payout_id, key, kind, refund_amount, raw_refund_amount, vendor_amount, raw_vendor_amount,
         commission_amount, raw_commission_amount, status, stripe_reversal_id, reason, created_at, updated_at)
       VALUES (?, ?, ?, 'external_reversal', 0, ?, ?, ?, 0, ?, 'done', ?, 'Reversed in Stripe', now(), now())
       ON CONFLICT (key) WHERE deleted_at IS NULL DO NOTHING RETURNING id`,
      [
        generateEntityId(undefined, "padj"),
        input.payout_id,
        `reversal:${input.reversal_id}`,
        bigNumber(0)[1],
        ...bigNumber(input.amount),
        bigNumber(0)[1],
        input.reversal_id,
      ]
    )
    if (inserted) {
      await addReversed(manager, input.payout_id, input.amount)
    }
    return !!inserted
  }

  /** Money per currency, optionally for one vendor: accruing, due, paid out (net of reversals) and commission kept. */
  @InjectManager()
  async balances(vendorId: string | null, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as unknown as SqlManager
    const rows = await manager.execute(
      `SELECT currency_code,
              sum(CASE WHEN status = 'pending' THEN net_amount - refunded_vendor_amount ELSE 0 END) AS accruing,
              sum(CASE WHEN status IN ('due', 'processing', 'failed') THEN net_amount - refunded_vendor_amount ELSE 0 END) AS due,
              sum(CASE WHEN status = 'paid' THEN coalesce(transfer_amount, 0) - reversed_amount ELSE 0 END) AS paid,
              sum(commission_amount - refunded_commission_amount) AS commission
         FROM payout WHERE deleted_at IS NULL ${vendorId ? "AND vendor_id = ?" : ""}
        GROUP BY currency_code ORDER BY currency_code`,
      vendorId ? [vendorId] : []
    )
    return rows.map((r) => ({
      currency_code: r.currency_code,
      accruing: Number(r.accruing),
      due: Number(r.due),
      paid: Number(r.paid),
      commission: Number(r.commission),
    }))
  }

  /**
   * The scope key a rule with these fields would take, checking it may take it: a fixed fee names
   * its currency, and no other rule covers the same vendor, category and currency (one per scope).
   * `data.id` is the rule being changed, if any; its stored fields fill what `data` leaves out.
   */
  async commissionRuleScope(data: Record<string, any> & { id?: string }) {
    const current = data.id ? await this.retrieveCommissionRule(data.id) : {}
    const merged: Record<string, any> = { ...current, ...data }
    if (Number(merged.fixed_amount ?? 0) > 0 && !merged.currency_code) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Field 'currency_code' is required when 'fixed_amount' is set")
    }
    const scope_key = ruleScopeKey(merged)
    const [clash] = await this.listCommissionRules({ scope_key })
    if (clash && clash.id !== data.id) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `Commission rule ${clash.id} already covers this vendor, category and currency`)
    }
    return scope_key
  }

  /**
   * Records a failed transfer attempt: retried after a doubling delay until maxAttempts, then left
   * failed for an admin. When Stripe surely created nothing (a 4xx answer), the next attempt gets a
   * new idempotency key and amount; otherwise the same key is reused, so nothing is paid twice.
   */
  async recordTransferFailure(payoutId: string, error: { message?: string; statusCode?: number; type?: string }) {
    const payout = await this.retrievePayout(payoutId)
    const definite = isDefiniteFailure(error)
    const exhausted = payout.attempts >= this.options.maxAttempts
    await this.updatePayouts({
      id: payoutId,
      status: "failed",
      claimed_at: null,
      last_error: String(error.message ?? error).slice(0, 1000),
      next_attempt_at: exhausted ? null : new Date(Date.now() + this.retryDelayMs(payout.attempts)),
      ...(definite ? { transfer_key: null, transfer_amount: null } : {}),
    })
  }
}

/** A Stripe error after which Stripe surely did not act: a 4xx other than conflict or rate limit. */
export function isDefiniteFailure(error: { statusCode?: number; type?: string }) {
  const status = error.statusCode ?? 0
  return status >= 400 && status < 500 && status !== 409 && status !== 429
}

/** A bigNumber column's value and its raw JSON twin, as Medusa stores them. */
function bigNumber(value: number): [number, string] {
  return [value, JSON.stringify({ value: String(value), precision: 20 })]
}

/** Adds to a payout's reversed total in SQL, so concurrent reversals cannot lose an update. */
async function addReversed(manager: SqlManager, payoutId: string, amount: unknown) {
  await manager.execute(
    `UPDATE payout SET reversed_amount = reversed_amount + ?::numeric,
            raw_reversed_amount = jsonb_build_object('value', (reversed_amount + ?::numeric)::text, 'precision', 20),
            updated_at = now()
      WHERE id = ?`,
    [String(amount), String(amount), payoutId]
  )
}
