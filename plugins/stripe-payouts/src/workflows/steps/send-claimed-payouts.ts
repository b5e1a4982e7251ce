import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUTS_MODULE } from "../../modules/payouts"
import type PayoutsModuleService from "../../modules/payouts/service"
import { sendPayoutWorkflow } from "../send-payout"

export type SendClaimedPayoutsInput = { batch_size: number; lease_seconds: number }

export const sendClaimedPayoutsStepId = "send-claimed-payouts"

/**
 * Claims sendable payouts in batches and sends each by its own workflow; a failed send is recorded
 * for a retry with backoff. Nothing to compensate here: each send compensates itself, and a claim
 * left by a dead run lapses after `lease_seconds`. Sends nothing without an API key.
 */
export const sendClaimedPayoutsStep = createStep(sendClaimedPayoutsStepId, async ({ batch_size, lease_seconds }: SendClaimedPayoutsInput, { container }) => {
  const payouts: PayoutsModuleService = container.resolve(PAYOUTS_MODULE)
  const report = { sent: 0, failed: 0, skipped: 0 }
  if (!payouts.options.apiKey) {
    return new StepResponse(report)
  }
  for (;;) {
    const ids = await payouts.claimSendablePayouts({ limit: batch_size, leaseSeconds: lease_seconds })
    for (const id of ids) {
      const { result, errors } = await sendPayoutWorkflow(container).run({ input: { payout_id: id }, throwOnError: false })
      if (errors?.length) {
        report.failed++
        await payouts.recordTransferFailure(id, errors[0].error)
      } else if (result?.transfer) {
        report.sent++
      } else {
        report.skipped++
      }
    }
    if (ids.length < batch_size) {
      break
    }
  }
  return new StepResponse(report)
})
