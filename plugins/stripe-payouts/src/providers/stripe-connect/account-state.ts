import type Stripe from "stripe"
import type { PayoutAccountState } from "../payout-provider"

type AccountFlags = Pick<Stripe.Account, "payouts_enabled" | "details_submitted" | "capabilities" | "requirements">

/**
 * Where a connected account stands for receiving transfers: active once Stripe enables transfers
 * and payouts; restricted when Stripe has disabled it or requirements are past due after the
 * vendor submitted details; pending while onboarding is unfinished.
 */
export function accountStatus(account: AccountFlags): PayoutAccountState["status"] {
  const transfers = account.capabilities?.transfers
  if (account.payouts_enabled && (transfers === undefined || transfers === "active")) {
    return "active"
  }
  const blocked = !!account.requirements?.disabled_reason || (account.requirements?.past_due?.length ?? 0) > 0
  return account.details_submitted && blocked ? "restricted" : "pending"
}

/** The account fields the platform keeps, from a Stripe account object. */
export function accountState(account: Stripe.Account): PayoutAccountState {
  return {
    status: accountStatus(account),
    charges_enabled: !!account.charges_enabled,
    payouts_enabled: !!account.payouts_enabled,
    details_submitted: !!account.details_submitted,
    requirements: {
      currently_due: account.requirements?.currently_due ?? [],
      past_due: account.requirements?.past_due ?? [],
      disabled_reason: account.requirements?.disabled_reason ?? null,
    },
  }
}
