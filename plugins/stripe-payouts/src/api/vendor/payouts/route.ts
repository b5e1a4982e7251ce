import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorRequest } from "@broadcart/core/contracts/marketplace"
import { PAYOUTS_MODULE } from "../../../modules/payouts"
import type PayoutsModuleService from "../../../modules/payouts/service"
import { payoutListFields } from "../../query-config"

type ListQuery = { limit: number; offset: number; status?: string | string[] }

/** The vendor's payout ledger, newest first, with its balances per currency. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { limit, offset, status } = req.validatedQuery as ListQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payouts, metadata } = await query.graph({
    entity: "payout",
    fields: payoutListFields,
    filters: { vendor_id: req.vendor.vendor_id, ...(status ? { status } : {}) },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  const balances = await req.scope.resolve<PayoutsModuleService>(PAYOUTS_MODULE).balances(req.vendor.vendor_id)
  res.json({ payouts, count: metadata?.count ?? payouts.length, limit, offset, balances })
}
