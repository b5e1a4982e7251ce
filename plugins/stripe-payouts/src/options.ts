import { z } from "@medusajs/framework/zod"
import { definePluginOptions } from "@broadcart/core/options"

const currency = z
  .string()
  .regex(/^[a-zA-Z]{3}$/, "expected a 3-letter ISO currency code")
  .transform((c) => c.toLowerCase())

/** The platform's fallback commission, used when no admin-defined rule matches. */
const defaultCommission = z
  .object({
    percentage: z.number().min(0).max(100).default(10).describe("Percent of each order line"),
    fixed: z.record(currency, z.number().min(0)).default({}).describe("Fixed fee per unit sold, by currency, e.g. { usd: 0.3 }"),
    includeTax: z.boolean().default(false).describe("Take commission on tax too"),
    includeShipping: z.boolean().default(false).describe("Take commission on shipping too"),
  })
  .strict()

/** Options of the Stripe payouts plugin. */
export default definePluginOptions(
  "@broadcart/plugin-stripe-payouts",
  z
    .object({
      apiKey: z
        .string()
        .regex(/^(sk|rk)_(test|live)_\w+$/, "expected a Stripe secret key (sk_test_…, sk_live_… or rk_…)")
        .optional()
        .meta({ secret: true })
        .describe("Stripe secret key; without it commission is still recorded, but nothing is sent"),
      webhookSecret: z
        .string()
        .regex(/^whsec_\w+$/, "expected a webhook signing secret (whsec_…)")
        .optional()
        .meta({ secret: true })
        .describe("Signing secret of the /hooks/stripe-payouts endpoint"),
      apiBaseUrl: z.string().url().optional().describe("Another Stripe API origin, such as stripe-mock (http://127.0.0.1:12111)"),
      defaultCommission: defaultCommission.prefault({}),
      payoutTrigger: z.enum(["captured", "fulfilled"]).default("captured").describe("When a vendor's payout falls due: at payment capture or at fulfilment"),
      holdDays: z.number().int().min(0).max(90).default(0).describe("Days a due payout waits before it is sent"),
      currency: currency.optional().describe("Only pay out in this currency; payouts in others wait with a visible reason"),
      maxAttempts: z.number().int().min(1).max(20).default(8).describe("Transfer attempts before a payout is left failed"),
      retryBaseSeconds: z.number().int().min(1).default(60).describe("First retry delay; doubles on each attempt"),
      accountCountry: z
        .string()
        .regex(/^[A-Z]{2}$/, "expected a 2-letter ISO country code")
        .default("US")
        .describe("Country of new connected accounts unless the vendor names one"),
      vendorUrl: z.string().url().default("http://localhost:5173").describe("Vendor dashboard; onboarding returns there by default"),
    })
    .strict()
)
