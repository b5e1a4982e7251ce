import Stripe from "stripe"

/** Where the Stripe SDK sends requests: Stripe itself, or another origin such as stripe-mock. */
export function stripeConnection(apiBaseUrl?: string) {
  if (!apiBaseUrl) {
    return {}
  }
  const url = new URL(apiBaseUrl)
  const protocol = url.protocol.replace(":", "") as "http" | "https"
  return { host: url.hostname, port: Number(url.port || (protocol === "https" ? 443 : 80)), protocol }
}

/** A Stripe client for the platform account. Network retries reuse the idempotency key. */
export function createStripeClient(apiKey: string, apiBaseUrl?: string): Stripe {
  return new Stripe(apiKey, {
    ...stripeConnection(apiBaseUrl),
    maxNetworkRetries: 2,
    timeout: 20_000,
    appInfo: { name: "Broadcart stripe-payouts", url: "https://github.com/broadcart" },
  })
}
