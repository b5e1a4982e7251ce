import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PAYOUTS_MODULE } from "../../../../../modules/payouts"
import type PayoutsModuleService from "../../../../../modules/payouts/service"

/** Retries a failed payout at the next job run, with a fresh allowance of attempts. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const payouts: PayoutsModuleService = req.scope.resolve(PAYOUTS_MODULE)
  const [payout] = await payouts.listPayouts({ id: req.params.id })
  if (!payout) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout ${req.params.id} not found`)
  }
  if (payout.status !== "failed") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Only failed payouts can be retried; this one is ${payout.status}`)
  }
  const updated = await payouts.updatePayouts({ id: payout.id, attempts: 0, next_attempt_at: new Date() })
  res.json({ payout: updated })
}
