import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PAYOUTS_MODULE } from "../../../modules/payouts"
import type PayoutsModuleService from "../../../modules/payouts/service"
import { createCommissionRuleWorkflow } from "../../../workflows/create-commission-rule"
import type { CommissionRuleData } from "../../../workflows/steps/create-commission-rule"

/** Commission rules, most general first; plus the plugin's built-in default. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data: rules, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "commission_rule",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: { ...req.queryConfig.pagination, order: { scope_key: "ASC" } },
  })
  const { skip: offset, take: limit } = req.queryConfig.pagination as { skip: number; take: number }
  // The module's options: readPluginOptions refuses this plugin's, since Medusa adds module keys (database, …) to them.
  const { defaultCommission } = req.scope.resolve<PayoutsModuleService>(PAYOUTS_MODULE).options
  res.json({ commission_rules: rules, count: metadata?.count ?? rules.length, limit, offset, fallback: defaultCommission })
}

/** Adds a rule for the platform, a vendor, a category or a vendor's category (409 if the scope has one). */
export async function POST(req: AuthenticatedMedusaRequest<CommissionRuleData>, res: MedusaResponse) {
  const { result } = await createCommissionRuleWorkflow(req.scope).run({ input: { data: req.validatedBody } })
  res.status(201).json({ commission_rule: result })
}
