import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PAYOUTS_MODULE } from "../../../../modules/payouts"
import { assertCommissionRuleExists } from "../../../../workflows/steps/validate-commission-rule"
import type { CommissionRuleData } from "../../../../workflows/steps/create-commission-rule"
import { updateCommissionRuleWorkflow } from "../../../../workflows/update-commission-rule"
import { deleteCommissionRuleWorkflow } from "../../../../workflows/delete-commission-rule"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ commission_rule: await assertCommissionRuleExists(req.scope.resolve(PAYOUTS_MODULE), req.params.id) })
}

/** Changes a rule. Orders already placed keep the commission they were placed with. */
export async function POST(req: AuthenticatedMedusaRequest<CommissionRuleData>, res: MedusaResponse) {
  const { result } = await updateCommissionRuleWorkflow(req.scope).run({ input: { id: req.params.id, data: req.validatedBody } })
  res.json({ commission_rule: result })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result: id } = await deleteCommissionRuleWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id, object: "commission_rule", deleted: true })
}
