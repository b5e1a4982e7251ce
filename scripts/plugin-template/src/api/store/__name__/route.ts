import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readPluginOptions } from "@broadcart/core/options"
import options from "../../../options"
import { create__Name__ItemWorkflow } from "../../../workflows"
import type { StoreCreate__Name__ItemType } from "./validators"

/** Lists the items, with how many the store may hold. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { maxItems } = readPluginOptions(req.scope, options)
  const { data: items, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "__name_snake___item",
    fields: req.queryConfig.fields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ items, count: metadata?.count ?? items.length, offset: metadata?.skip ?? 0, limit: metadata?.take ?? items.length, max_items: maxItems })
}

/** Adds an item. */
export async function POST(req: MedusaRequest<StoreCreate__Name__ItemType>, res: MedusaResponse) {
  const { result: item } = await create__Name__ItemWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ item })
}
