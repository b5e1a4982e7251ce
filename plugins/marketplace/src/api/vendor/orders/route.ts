import type { MedusaResponse } from "@medusajs/framework/http"
import { getOrdersListWorkflow } from "@medusajs/medusa/core-flows"
import type { VendorRequest } from "../context"
import { vendorOrderIds } from "./helpers"
import { listVendorOrderQueryConfig } from "./query-config"
import type { z } from "@medusajs/framework/zod"
import type { VendorListOrders } from "./validators"

type ListQuery = z.infer<typeof VendorListOrders>

function toFilters(ids: string[], q: ListQuery) {
  const filters: Record<string, unknown> = { id: ids }
  if (q.status) filters.status = q.status
  if (q.customer_id) filters.customer_id = q.customer_id
  if (q.email) filters.email = q.email.toLowerCase()
  if (q.created_at) {
    filters.created_at = {
      ...(q.created_at.gte ? { $gte: q.created_at.gte } : {}),
      ...(q.created_at.lte ? { $lte: q.created_at.lte } : {}),
    }
  }
  if (q.q) {
    const displayId = Number(q.q.replace(/^#/, ""))
    filters.$or = [{ email: { $ilike: `%${q.q}%` } }, ...(Number.isInteger(displayId) ? [{ display_id: displayId }] : [])]
  }
  return filters
}

/** The vendor's own orders, filtered by status, date, customer or a search term. */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const q = req.validatedQuery as unknown as ListQuery
  const ids = await vendorOrderIds(req.scope, req.vendor.vendor_id)
  if (!ids.length) {
    res.json({ orders: [], count: 0, offset: q.offset, limit: q.limit })
    return
  }
  const field = q.order.replace(/^-/, "")
  const { result } = await getOrdersListWorkflow(req.scope).run({
    input: {
      fields: listVendorOrderQueryConfig.defaults,
      variables: {
        filters: toFilters(ids, q),
        skip: q.offset,
        take: q.limit,
        order: { [field]: q.order.startsWith("-") ? "DESC" : "ASC" },
      },
    },
  })
  const { rows, metadata } = result as unknown as { rows: Record<string, any>[]; metadata: { count: number } }
  res.json({ orders: rows, count: metadata.count, offset: q.offset, limit: q.limit })
}
