import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PAYOUTS_MODULE } from "../../../modules/payouts"
import type PayoutsModuleService from "../../../modules/payouts/service"
import { payoutListFields } from "../../query-config"

type ListQuery = { limit: number; offset: number; status?: string | string[]; vendor_id?: string; order_id?: string }

/** The platform's payout ledger across vendors, with balances per currency. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, ...filters } = req.validatedQuery as ListQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payouts, metadata } = await query.graph({
    entity: "payout",
    fields: payoutListFields,
    filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)),
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  const balances = await req.scope.resolve<PayoutsModuleService>(PAYOUTS_MODULE).balances(filters.vendor_id ?? null)
  res.json({ payouts, count: metadata?.count ?? payouts.length, limit, offset, balances })
}
