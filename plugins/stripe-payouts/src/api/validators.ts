import { z } from "@medusajs/framework/zod"

const payoutStatuses = ["pending", "due", "processing", "paid", "failed", "canceled"] as const
const page = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
}
const currency = z.string().regex(/^[a-zA-Z]{3}$/, "expected a 3-letter ISO currency code").transform((c) => c.toLowerCase())

/** POST /vendor/payouts/onboarding */
export const VendorStartOnboarding = z
  .object({
    country: z.string().regex(/^[A-Z]{2}$/, "expected a 2-letter ISO country code such as US").optional(),
    return_url: z.string().url().max(2000).optional(),
    refresh_url: z.string().url().max(2000).optional(),
  })
  .strict()

/** GET /vendor/payouts */
export const VendorListPayouts = z
  .object({ ...page, status: z.union([z.enum(payoutStatuses), z.array(z.enum(payoutStatuses))]).optional() })
  .strict()

/** GET /admin/payouts */
export const AdminListPayouts = VendorListPayouts.extend({
  vendor_id: z.string().optional(),
  order_id: z.string().optional(),
}).strict()

const ruleFields = {
  vendor_id: z.string().min(1).nullable().optional(),
  product_category_id: z.string().min(1).nullable().optional(),
  currency_code: currency.nullable().optional(),
  percentage: z.number().min(0).max(100),
  fixed_amount: z.number().min(0),
  include_tax: z.boolean(),
  include_shipping: z.boolean(),
  is_active: z.boolean(),
  description: z.string().max(500).nullable().optional(),
}

type RuleTerms = { percentage?: number; fixed_amount?: number; currency_code?: string | null }

const fixedNeedsCurrency = (r: RuleTerms) => !r.fixed_amount || !!r.currency_code
const fixedNeedsCurrencyMessage = { message: "Field 'currency_code' is required when 'fixed_amount' is set", path: ["currency_code"] }
// A rule without terms would silently charge 0% in its scope, overriding COMMISSION_PERCENT.
const hasTerms = (r: RuleTerms) => r.percentage !== undefined || r.fixed_amount !== undefined
const hasTermsMessage = { message: "Field 'percentage' or 'fixed_amount' is required", path: ["percentage"] }

/** POST /admin/commission-rules: the model defaults the term not given to 0. */
export const AdminCreateCommissionRule = z
  .object({
    ...ruleFields,
    percentage: ruleFields.percentage.optional(),
    fixed_amount: ruleFields.fixed_amount.optional(),
    include_tax: ruleFields.include_tax.default(false),
    include_shipping: ruleFields.include_shipping.default(false),
    is_active: ruleFields.is_active.default(true),
  })
  .strict()
  .refine(hasTerms, hasTermsMessage)
  .refine(fixedNeedsCurrency, fixedNeedsCurrencyMessage)

/** POST /admin/commission-rules/:id */
export const AdminUpdateCommissionRule = z.object(ruleFields).partial().strict()

/** GET /admin/commission-rules */
export const AdminListCommissionRules = z
  .object({ ...page, limit: page.limit.default(100), vendor_id: z.string().optional(), product_category_id: z.string().optional() })
  .strict()

/** Bodies that take no fields. */
export const EmptyBody = z.object({}).strict()
