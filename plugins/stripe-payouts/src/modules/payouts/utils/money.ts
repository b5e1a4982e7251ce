import { toNumber } from "@broadcart/core/money"

export { toNumber }

/** Currencies Stripe counts without minor units, and those with three decimals. */
const ZERO_DECIMAL = new Set(["bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"])
const THREE_DECIMAL = new Set(["bhd", "iqd", "jod", "kwd", "omr", "tnd"])

/** Decimal places of a currency, as Stripe counts them. */
export function currencyDigits(currency: string): number {
  const code = currency.toLowerCase()
  return ZERO_DECIMAL.has(code) ? 0 : THREE_DECIMAL.has(code) ? 3 : 2
}

/** Medusa amount (major units, number or BigNumber-like) to Stripe's integer minor units. */
export function toMinor(amount: unknown, currency: string): number {
  return Math.round(toNumber(amount) * 10 ** currencyDigits(currency))
}

/** Integer minor units back to a major-unit number, as Medusa stores amounts. */
export function fromMinor(minor: number, currency: string): number {
  const digits = currencyDigits(currency)
  return Number((minor / 10 ** digits).toFixed(digits))
}

/**
 * The part of `total` that `share / whole` makes, in minor units, taken cumulatively: given what
 * was allocated before, returns what to add now, so partial steps always add up to the whole.
 */
export function proportionalStep(total: number, before: number, after: number, whole: number): number {
  if (whole <= 0) {
    return 0
  }
  const cap = (x: number) => Math.min(Math.max(x, 0), whole)
  return Math.round((total * cap(after)) / whole) - Math.round((total * cap(before)) / whole)
}
