import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PAYOUTS_MODULE } from "../../../modules/payouts"
import type PayoutsModuleService from "../../../modules/payouts/service"
import { createCommissionRuleWorkflow } from "../../../workflows/create-commission-rule"
import type { CommissionRuleData } from "../../../workflows/steps/create-commission-rule"

type ListQuery = { limit: number; offset: number; vendor_id?: string; product_category_id?: string }

/** Commission rules, most general first; plus the plugin's built-in default. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const payouts: PayoutsModuleService = req.scope.resolve(PAYOUTS_MODULE)
  const { limit, offset, ...filters } = req.validatedQuery as ListQuery
  const [rules, count] = await payouts.listAndCountCommissionRules(
    Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)),
    { take: limit, skip: offset, order: { scope_key: "ASC" } }
  )
  res.json({ commission_rules: rules, count, limit, offset, fallback: payouts.options.defaultCommission })
}

/** Adds a rule for the platform, a vendor, a category or a vendor's category (409 if the scope has one). */
export async function POST(req: AuthenticatedMedusaRequest<CommissionRuleData>, res: MedusaResponse) {
  const { result } = await createCommissionRuleWorkflow(req.scope).run({ input: { data: req.validatedBody } })
  res.status(201).json({ commission_rule: result })
}
