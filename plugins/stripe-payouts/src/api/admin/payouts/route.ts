import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PAYOUTS_MODULE } from "../../../modules/payouts"
import type PayoutsModuleService from "../../../modules/payouts/service"

/** The platform's payout ledger across vendors, newest first, with balances per currency. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const filters = req.filterableFields as { vendor_id?: string }
  const { data: payouts, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payout",
    fields: req.queryConfig.fields,
    filters,
    pagination: { ...req.queryConfig.pagination, order: { created_at: "DESC" } },
  })
  const { skip: offset, take: limit } = req.queryConfig.pagination as { skip: number; take: number }
  const balances = await req.scope.resolve<PayoutsModuleService>(PAYOUTS_MODULE).balances(filters.vendor_id ?? null)
  res.json({ payouts, count: metadata?.count ?? payouts.length, limit, offset, balances })
}
