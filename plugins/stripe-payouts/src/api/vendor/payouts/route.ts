import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorRequest } from "@broadcart/core/contracts/marketplace"
import { PAYOUTS_MODULE } from "../../../modules/payouts"
import type PayoutsModuleService from "../../../modules/payouts/service"

/** The vendor's payout ledger, newest first, with its balances per currency. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payouts, metadata } = await query.graph({
    entity: "payout",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, vendor_id: req.vendor.vendor_id },
    pagination: { ...req.queryConfig.pagination, order: { created_at: "DESC" } },
  })
  const { skip: offset, take: limit } = req.queryConfig.pagination as { skip: number; take: number }
  const balances = await req.scope.resolve<PayoutsModuleService>(PAYOUTS_MODULE).balances(req.vendor.vendor_id)
  res.json({ payouts, count: metadata?.count ?? payouts.length, limit, offset, balances })
}
