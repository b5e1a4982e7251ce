/**
 * Seconds a cart's completion holds its lock. Long enough for any live checkout; a crashed one
 * blocks retries (409) for at most this long.
 */
export const CHECKOUT_LOCK_TTL = 60
