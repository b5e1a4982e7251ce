import { z } from "@medusajs/framework/zod"

const currency = z
  .string()
  .regex(/^[a-zA-Z]{3}$/, "expected a 3-letter ISO currency code")
  .transform((c) => c.toLowerCase())

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
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(100),
    offset: z.coerce.number().int().min(0).default(0),
    vendor_id: z.string().optional(),
    product_category_id: z.string().optional(),
  })
  .strict()

/** GET /admin/commission-rules/:id */
export const AdminGetCommissionRule = z.object({})
