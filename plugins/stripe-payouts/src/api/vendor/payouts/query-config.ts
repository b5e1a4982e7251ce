import { payoutDetailFields, payoutListFields } from "../../admin/payouts/query-config"

/** GET /vendor/payouts: the vendor sees the ledger fields the admin sees. */
export const listPayoutsQueryConfig = { defaults: payoutListFields, isList: true }

/** GET /vendor/payouts/:id */
export const retrievePayoutQueryConfig = { defaults: payoutDetailFields, isList: false }
