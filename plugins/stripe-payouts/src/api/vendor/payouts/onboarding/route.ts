import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "@broadcart/core/contracts/marketplace"
import { PAYOUTS_MODULE } from "../../../../modules/payouts"
import type PayoutsModuleService from "../../../../modules/payouts/service"
import { startVendorOnboardingWorkflow, type StartVendorOnboardingInput } from "../../../../workflows/start-vendor-onboarding"
import { accountView } from "../helpers"

/** The vendor's payout status (not_started, pending, active, restricted) and its latest bank payouts. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const payouts: PayoutsModuleService = req.scope.resolve(PAYOUTS_MODULE)
  const [account] = await payouts.listPayoutAccounts({ vendor_id: req.vendor.vendor_id })
  const bankPayouts = await payouts.listBankPayouts({ vendor_id: req.vendor.vendor_id }, { take: 10, order: { created_at: "DESC" } })
  res.json({
    status: account?.status ?? "not_started",
    account: account ? accountView(account) : null,
    bank_payouts: bankPayouts,
  })
}

/** Opens the vendor's Stripe Express account if needed and returns a link to onboard there. */
export async function POST(req: VendorRequest<Omit<StartVendorOnboardingInput, "vendor_id">>, res: MedusaResponse) {
  const { result } = await startVendorOnboardingWorkflow(req.scope).run({
    input: { ...req.validatedBody, vendor_id: req.vendor.vendor_id },
  })
  res.json({ url: result.url, expires_at: result.expires_at, status: result.account.status, account: accountView(result.account) })
}
