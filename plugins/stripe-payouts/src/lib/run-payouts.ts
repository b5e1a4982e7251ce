import type { MedusaContainer } from "@medusajs/framework/types"
import { PAYOUTS_MODULE } from "../modules/payouts"
import type PayoutsModuleService from "../modules/payouts/service"
import { sendPayoutWorkflow } from "../workflows/send-payout"
import { settleAdjustment } from "../workflows/steps/settle-adjustments"

export type PayoutRunReport = { sent: number; failed: number; skipped: number; adjustments: number }

/**
 * One run of the payout job: marks what must wait and why, then claims and sends due payouts in batches,
 * then retries refund adjustments that are waiting. Safe to run on several workers at once.
 */
export async function runPayouts(
  container: MedusaContainer,
  { batchSize = 25, leaseSeconds = 600 }: { batchSize?: number; leaseSeconds?: number } = {}
): Promise<PayoutRunReport> {
  const payouts: PayoutsModuleService = container.resolve(PAYOUTS_MODULE)
  const report: PayoutRunReport = { sent: 0, failed: 0, skipped: 0, adjustments: 0 }
  await payouts.markHeldPayouts()
  if (!payouts.options.apiKey) {
    return report
  }
  for (;;) {
    const ids = await payouts.claimSendablePayouts({ limit: batchSize, leaseSeconds })
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
    if (ids.length < batchSize) {
      break
    }
  }
  const waiting = await payouts.listPayoutAdjustments({ status: "pending" }, { take: 200, order: { created_at: "ASC" }, relations: ["payout"] })
  for (const adj of waiting) {
    const retryDue = !adj.next_attempt_at || new Date(adj.next_attempt_at).getTime() <= Date.now()
    if (retryDue && ["paid", "pending", "due", "failed", "canceled"].includes(adj.payout.status)) {
      await settleAdjustment(container, adj.id)
      report.adjustments++
    }
  }
  return report
}
