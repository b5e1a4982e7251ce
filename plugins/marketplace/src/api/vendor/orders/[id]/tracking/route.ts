import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../../../context"
import { retrieveVendorOrder } from "../../helpers"

/** Each fulfillment's carrier, tracking numbers and shipped/delivered times. */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const order = await retrieveVendorOrder(req.scope, req.vendor.vendor_id, req.params.id, [
    "id",
    "fulfillments.id",
    "fulfillments.created_at",
    "fulfillments.shipped_at",
    "fulfillments.delivered_at",
    "fulfillments.canceled_at",
    "fulfillments.metadata",
    "fulfillments.labels.tracking_number",
    "fulfillments.labels.tracking_url",
  ])
  const tracking = (order.fulfillments ?? []).filter(Boolean).map((f: any) => ({
    fulfillment_id: f.id,
    status: f.canceled_at ? "canceled" : f.delivered_at ? "delivered" : f.shipped_at ? "shipped" : "fulfilled",
    carrier: f.metadata?.carrier ?? null,
    tracking_numbers: (f.labels ?? []).map((l: any) => l.tracking_number),
    tracking_urls: (f.labels ?? []).map((l: any) => l.tracking_url).filter(Boolean),
    fulfilled_at: f.created_at,
    shipped_at: f.shipped_at,
    delivered_at: f.delivered_at,
  }))
  res.json({ order_id: order.id, tracking })
}
