import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUTS_MODULE } from "../../modules/payouts"
import type PayoutsModuleService from "../../modules/payouts/service"
import type { CommissionLineInput } from "../../modules/payouts/utils/commission"

export type CreatePayoutInput = {
  vendor_id: string
  order_id: string
  order_group_id: string | null
  currency_code: string
  gross_amount: number
  commission_amount: number
  net_amount: number
  lines: CommissionLineInput[]
}

export const createPayoutStepId = "create-payout"

/** Creates the order's payout and its commission lines, or returns the one that already exists. */
export const createPayoutStep = createStep(
  createPayoutStepId,
  async (input: CreatePayoutInput, { container }) => {
    const payouts: PayoutsModuleService = container.resolve(PAYOUTS_MODULE)
    const [existing] = await payouts.listPayouts({ order_id: input.order_id })
    if (existing) {
      return new StepResponse(existing, null)
    }
    const { lines, ...payout } = input
    const created = await payouts.createPayouts({ ...payout, lines: lines as any })
    return new StepResponse(created, created.id)
  },
  async (createdId, { container }) => {
    if (createdId) {
      await container.resolve<PayoutsModuleService>(PAYOUTS_MODULE).deletePayouts(createdId)
    }
  }
)
