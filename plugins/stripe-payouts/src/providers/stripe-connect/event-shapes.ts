import { z } from "@medusajs/framework/zod"

const id = z.string().min(1).max(255)
const minorUnits = z.number().int().min(0)
const text = z.string().max(5000).nullish()
const flag = z.boolean().nullish()
// Unix seconds, as stored in integer columns.
const unixTime = z.number().int().min(0).max(2_147_483_647)

/** What every signed event needs to be recorded once by its id. */
export const StripeEventEnvelope = z.object({
  id: z.string().regex(/^evt_\w{1,250}$/, "expected a Stripe event id (evt_…)"),
  type: z.string().min(1).max(255),
  created: unixTime,
  account: z.string().max(255).nullish(),
})

/** The fields of `data.object` each handled event type reads; other fields pass unchecked. */
export const EventObjects = {
  account: z.object({
    id,
    charges_enabled: flag,
    payouts_enabled: flag,
    details_submitted: flag,
    capabilities: z.object({ transfers: z.string().nullish() }).nullish(),
    requirements: z.object({ currently_due: z.array(z.string()).nullish(), past_due: z.array(z.string()).nullish(), disabled_reason: text }).nullish(),
  }),
  transfer: z.object({
    id,
    reversals: z.object({ data: z.array(z.object({ id, amount: minorUnits, metadata: z.record(z.string(), z.unknown()).nullish() })) }).nullish(),
  }),
  payout: z.object({
    id,
    amount: minorUnits,
    currency: z.string().regex(/^[a-zA-Z]{3}$/, "expected a 3-letter currency code"),
    status: z.string().min(1).max(50),
    arrival_date: unixTime.nullish(),
    failure_code: text,
    failure_message: text,
  }),
  charge: z.object({ id, amount_refunded: minorUnits }),
}

/** The first place in a JSON value holding a NUL character (PostgreSQL cannot store one), if any. */
export function nulPath(value: unknown): string | null {
  const stack: [unknown, string][] = [[value, "event"]]
  while (stack.length) {
    const [v, path] = stack.pop()!
    if (typeof v === "string" && v.includes("\u0000")) {
      return path
    }
    if (v && typeof v === "object") {
      for (const [k, child] of Object.entries(v)) {
        if (k.includes("\u0000")) {
          return path
        }
        stack.push([child, `${path}.${k}`])
      }
    }
  }
  return null
}

/** "data.object.id: …; …" from a zod error. */
export function describeIssues(error: z.ZodError, prefix: string) {
  return error.issues.map((i) => `${[prefix, ...i.path].join(".")}: ${i.message}`).join("; ")
}
