import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUTS_MODULE } from "../../modules/payouts"
import type PayoutsModuleService from "../../modules/payouts/service"

/** A payout from a vendor's provider balance to its bank, as the provider reports it. */
export type BankPayoutReport = {
  stripe_account_id: string
  stripe_payout_id: string
  amount: number
  currency_code: string
  status: string
  /** Unix seconds. */
  arrival_date: number | null
  failure_code: string | null
  failure_message: string | null
  event_created: number
}

type Undo = { created: string } | { previous: Record<string, unknown> & { id: string } } | null

export const saveBankPayoutStepId = "save-bank-payout"

/**
 * Records a connected account's bank payout, or its newer state (an older report changes nothing).
 * Compensation deletes what it created or puts back the previous state.
 */
export const saveBankPayoutStep = createStep(
  saveBankPayoutStepId,
  async (report: BankPayoutReport, { container }) => {
    const payouts: PayoutsModuleService = container.resolve(PAYOUTS_MODULE)
    const [account] = await payouts.listPayoutAccounts({ stripe_account_id: report.stripe_account_id })
    if (!account) {
      return new StepResponse(null, null as Undo)
    }
    const arrival_date = report.arrival_date ? new Date(report.arrival_date * 1000) : null
    const fields = { ...report, arrival_date, vendor_id: account.vendor_id }
    const [known] = await payouts.listBankPayouts({ stripe_payout_id: report.stripe_payout_id })
    if (!known) {
      const created = await payouts.createBankPayouts(fields)
      return new StepResponse(created, { created: created.id } as Undo)
    }
    if (known.event_created > report.event_created) {
      return new StepResponse(known, null as Undo)
    }
    const previous = Object.fromEntries(Object.keys(fields).map((key) => [key, (known as Record<string, unknown>)[key]]))
    const updated = await payouts.updateBankPayouts({ id: known.id, ...fields })
    return new StepResponse(updated, { previous: { ...previous, id: known.id } } as Undo)
  },
  async (undo, { container }) => {
    const payouts: PayoutsModuleService = container.resolve(PAYOUTS_MODULE)
    if (undo && "created" in undo) {
      await payouts.deleteBankPayouts(undo.created)
    } else if (undo) {
      await payouts.updateBankPayouts(undo.previous as any)
    }
  }
)
