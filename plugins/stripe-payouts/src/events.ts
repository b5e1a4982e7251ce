/** Events of the payouts plugin, for other plugins. */
export const PayoutsEvents = {
  COMMISSION_RULE_CREATED: "commission_rule.created",
  COMMISSION_RULE_UPDATED: "commission_rule.updated",
  COMMISSION_RULE_DELETED: "commission_rule.deleted",
  /** An admin gave a failed payout a fresh allowance of attempts, from the next job run. */
  PAYOUT_RETRY_SCHEDULED: "payout.retry_scheduled",
  /** The provider reported a vendor's connected account in a new state (pending, active, restricted). */
  PAYOUT_ACCOUNT_UPDATED: "payout_account.updated",
} as const

/** Payload of the commission_rule.* events. */
export type CommissionRuleEventData = { id: string }

/** Payload of the payout.* events. */
export type PayoutEventData = { id: string; vendor_id: string }

/** Payload of payout_account.updated. */
export type PayoutAccountEventData = { id: string; vendor_id: string; status: string }
