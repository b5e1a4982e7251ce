// A fake Stripe API server, and helpers for the Stripe payments and payouts of an app pointed at it.
export * from "./fake-stripe"
export * from "./payouts"
