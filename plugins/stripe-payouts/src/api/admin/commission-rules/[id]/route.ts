import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PAYOUTS_MODULE } from "../../../../modules/payouts"
import type PayoutsModuleService from "../../../../modules/payouts/service"
import { assertScopeExists } from "../scope"

async function existingRule(req: AuthenticatedMedusaRequest) {
  const payouts: PayoutsModuleService = req.scope.resolve(PAYOUTS_MODULE)
  const [rule] = await payouts.listCommissionRules({ id: req.params.id })
  if (!rule) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Commission rule ${req.params.id} not found`)
  }
  return { payouts, rule }
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ commission_rule: (await existingRule(req)).rule })
}

/** Changes a rule. Orders already placed keep the commission they were placed with. */
export async function POST(req: AuthenticatedMedusaRequest<Record<string, any>>, res: MedusaResponse) {
  const { payouts, rule } = await existingRule(req)
  await assertScopeExists(req.scope, req.validatedBody)
  res.json({ commission_rule: await payouts.saveCommissionRule({ ...req.validatedBody, id: rule.id }) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { payouts, rule } = await existingRule(req)
  await payouts.deleteCommissionRules(rule.id)
  res.json({ id: rule.id, object: "commission_rule", deleted: true })
}
