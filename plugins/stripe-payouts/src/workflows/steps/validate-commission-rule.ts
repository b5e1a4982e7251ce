import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { retrieveVendor } from "@broadcart/plugin-marketplace"
import { PAYOUTS_MODULE } from "../../modules/payouts"
import type PayoutsModuleService from "../../modules/payouts/service"
import type { CommissionRuleData } from "./create-commission-rule"

/** NOT_FOUND when a rule names a vendor or product category that does not exist. */
export async function assertScopeExists(container: MedusaContainer, body: { vendor_id?: string | null; product_category_id?: string | null }) {
  if (body.vendor_id) {
    await retrieveVendor(container, body.vendor_id, ["id"])
  }
  if (body.product_category_id) {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product_category",
      fields: ["id"],
      filters: { id: body.product_category_id },
    })
    if (!data.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product category ${body.product_category_id} not found`)
    }
  }
}

/** NOT_FOUND unless commission rule `id` exists. */
export async function assertCommissionRuleExists(payouts: PayoutsModuleService, id: string) {
  const [rule] = await payouts.listCommissionRules({ id })
  if (!rule) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Commission rule ${id} not found`)
  }
  return rule
}

export const validateCommissionRuleStepId = "validate-commission-rule"

/**
 * Checks a new rule, or a change to rule `id`: the rule exists (404), its vendor and category exist
 * (404), a fixed fee names its currency (400) and no other rule has its scope (409). Returns the
 * scope key it takes.
 */
export const validateCommissionRuleStep = createStep(validateCommissionRuleStepId, async (input: { id?: string; data: CommissionRuleData }, { container }) => {
  const payouts: PayoutsModuleService = container.resolve(PAYOUTS_MODULE)
  if (input.id) {
    await assertCommissionRuleExists(payouts, input.id)
  }
  await assertScopeExists(container, input.data)
  return new StepResponse(await payouts.commissionRuleScope({ ...input.data, id: input.id }))
})

export const validateCommissionRuleExistsStepId = "validate-commission-rule-exists"

/** NOT_FOUND unless commission rule `id` exists. */
export const validateCommissionRuleExistsStep = createStep(validateCommissionRuleExistsStepId, async ({ id }: { id: string }, { container }) => {
  await assertCommissionRuleExists(container.resolve(PAYOUTS_MODULE), id)
})
