import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUTS_MODULE } from "../../modules/payouts"
import type PayoutsModuleService from "../../modules/payouts/service"

/** The fields of a commission rule an admin sets. */
export type CommissionRuleData = {
  vendor_id?: string | null
  product_category_id?: string | null
  currency_code?: string | null
  percentage?: number
  fixed_amount?: number
  include_tax?: boolean
  include_shipping?: boolean
  is_active?: boolean
  description?: string | null
}

export const createCommissionRuleStepId = "create-commission-rule"

/** Creates a commission rule in its scope; compensation deletes it. */
export const createCommissionRuleStep = createStep(
  createCommissionRuleStepId,
  async (input: { data: CommissionRuleData; scope_key: string }, { container }) => {
    const payouts: PayoutsModuleService = container.resolve(PAYOUTS_MODULE)
    const rule = await payouts.createCommissionRules({ ...input.data, scope_key: input.scope_key } as any)
    return new StepResponse(rule, rule.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<PayoutsModuleService>(PAYOUTS_MODULE).deleteCommissionRules(id)
    }
  }
)
