import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendDuePayoutsWorkflow, type PayoutRunReport } from "../workflows/send-due-payouts"

/** One run of the payout job (see sendDuePayoutsWorkflow); tests run it directly. */
export async function runPayouts(
  container: MedusaContainer,
  { batchSize = 25, leaseSeconds = 600 }: { batchSize?: number; leaseSeconds?: number } = {}
): Promise<PayoutRunReport> {
  const { result } = await sendDuePayoutsWorkflow(container).run({ input: { batch_size: batchSize, lease_seconds: leaseSeconds } })
  return result
}

/** Sends due vendor payouts as Stripe transfers and retries failures, every minute. */
export default async function sendPayouts(container: MedusaContainer) {
  const report = await runPayouts(container)
  if (report.sent || report.failed || report.adjustments) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`Payouts: ${report.sent} sent, ${report.failed} failed, ${report.adjustments} refund adjustments settled`)
  }
}

export const config = { name: "send-vendor-payouts", schedule: "* * * * *" }
