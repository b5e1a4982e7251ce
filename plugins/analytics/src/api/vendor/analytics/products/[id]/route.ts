import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { VendorRequest } from "@broadcart/core/contracts/marketplace"
import { vendorIdsOfProducts } from "@broadcart/plugin-marketplace"
import { Entity, Metric } from "../../../../../providers/time-series/names"
import { series } from "../../../../../providers/time-series/queries"
import { timeSeries } from "../../../../../providers/time-series"

/** Daily revenue and views of one of the vendor's products; 404 for other vendors' products. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const q = req.validatedQuery as unknown as { from: Date; to: Date; currency: string }
  const {
    data: [product],
  } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "title"],
    filters: { id: req.params.id },
  })
  const owners = await vendorIdsOfProducts(req.scope, [req.params.id])
  if (!product || owners[req.params.id] !== req.vendor.vendor_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} not found`)
  }
  const store = timeSeries(req.scope)
  const range = { from: q.from, to: q.to }
  const entity = Entity.product(product.id)
  const [revenue, views] = await Promise.all([
    series(store, entity, Metric.gmv(q.currency), "day", range),
    store.points({ entity, metric: Metric.views, ...range }),
  ])
  res.json({ product: { id: product.id, title: product.title }, currency_code: q.currency, revenue, views: views.length })
}
