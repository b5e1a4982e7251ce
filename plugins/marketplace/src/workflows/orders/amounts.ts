import { toNumber } from "@broadcart/core/money"

export { toNumber }

type Amount = { raw_amount?: unknown; amount?: unknown } | null | undefined

/** The sum of rows' amounts, preferring their exact raw value. */
export const sumAmounts = (rows: Amount[] | undefined) => (rows ?? []).reduce((acc: number, r) => acc + toNumber(r?.raw_amount ?? r?.amount), 0)

/** The payment of a collection that is still live (not canceled). */
export const livePayment = <P extends { canceled_at?: unknown }>(payments: (P | null)[] | undefined) =>
  (payments ?? []).find((p): p is P => !!p && !p.canceled_at)
