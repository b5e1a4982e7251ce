import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Lists the items for the admin page. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data: items, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "__name_snake___item",
    fields: req.queryConfig.fields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ items, count: metadata?.count ?? items.length, offset: metadata?.skip ?? 0, limit: metadata?.take ?? items.length })
}
