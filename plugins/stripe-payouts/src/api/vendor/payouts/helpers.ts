/** What a vendor sees of its connected account. */
const payoutAccountFields = [
  "id",
  "stripe_account_id",
  "status",
  "country",
  "charges_enabled",
  "payouts_enabled",
  "details_submitted",
  "requirements",
  "created_at",
  "updated_at",
]

/** The vendor's view of its payout account record. */
export const accountView = (account: Record<string, any>) => Object.fromEntries(payoutAccountFields.map((f) => [f, account[f]]))
