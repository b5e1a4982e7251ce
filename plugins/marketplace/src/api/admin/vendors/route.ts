import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type ListQuery = { q?: string; status?: string | string[] }

/** Lists vendors, filterable by status and searchable by name. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListQuery>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, status } = req.validatedQuery as ListQuery
  const filters: Record<string, unknown> = {}
  if (status) {
    filters.status = status
  }
  if (q) {
    filters.q = q
  }
  const { data: vendors, metadata } = await query.graph({
    entity: "vendor",
    fields: req.queryConfig.fields,
    filters,
    pagination: req.queryConfig.pagination,
  })
  res.json({ vendors, count: metadata?.count ?? vendors.length, offset: metadata?.skip ?? 0, limit: metadata?.take ?? vendors.length })
}
