import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { CommissionRuleData } from "../../../../workflows/steps/create-commission-rule"
import { updateCommissionRuleWorkflow } from "../../../../workflows/update-commission-rule"
import { deleteCommissionRuleWorkflow } from "../../../../workflows/delete-commission-rule"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const {
    data: [rule],
  } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "commission_rule",
    fields: req.queryConfig.fields,
    filters: { id: req.params.id },
  })
  if (!rule) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Commission rule ${req.params.id} not found`)
  }
  res.json({ commission_rule: rule })
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
