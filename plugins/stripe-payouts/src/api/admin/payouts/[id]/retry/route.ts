import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retryPayoutWorkflow } from "../../../../../workflows/retry-payout"

/** Retries a failed payout at the next job run, with a fresh allowance of attempts. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await retryPayoutWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ payout: result })
}
