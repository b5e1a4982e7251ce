import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runPayouts } from "../lib/run-payouts"

/** Sends due vendor payouts as Stripe transfers and retries failures, every minute. */
export default async function sendPayouts(container: MedusaContainer) {
  const report = await runPayouts(container)
  if (report.sent || report.failed || report.adjustments) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(
      `Payouts: ${report.sent} sent, ${report.failed} failed, ${report.adjustments} refund adjustments settled`
    )
  }
}

export const config = { name: "send-vendor-payouts", schedule: "* * * * *" }
