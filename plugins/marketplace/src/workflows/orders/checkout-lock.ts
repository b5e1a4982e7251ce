/** A whole number of seconds from the environment, or `fallback` when unset or not a positive integer. */
function seconds(name: string, fallback: number): number {
  const value = Number(process.env[name])
  return Number.isInteger(value) && value > 0 ? value : fallback
}

/**
 * Seconds a cart's completion holds its lock (`CHECKOUT_LOCK_SECONDS`, default 60). Long enough
 * for any live checkout; a crashed one blocks retries (409) for at most this long.
 */
export const CHECKOUT_LOCK_TTL = seconds("CHECKOUT_LOCK_SECONDS", 60)

/** Seconds between sweeps for checkouts a crash left half-done (`CHECKOUT_SWEEP_SECONDS`, default 60). */
export const CHECKOUT_SWEEP_INTERVAL = seconds("CHECKOUT_SWEEP_SECONDS", 60)
