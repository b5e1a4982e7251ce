import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { sendCachedJson } from "@broadcart/core/http"
import { listVendors } from "@broadcart/plugin-marketplace"
import { LIVE_STREAMING_MODULE } from "../../../../modules/live-streaming"
import type LiveStreamingModuleService from "../../../../modules/live-streaming/service"
import { forStore } from "../helpers"

/**
 * A stream with its featured products (pinned one marked); 404 for cancelled streams and inactive
 * vendors. Cached until the stream, its products list, one of the products or the vendor changes.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const tags = ({ live_stream: stream }: any) => [
    `LiveStream:${stream.id}`,
    "LiveStreamProduct:list:*",
    `Vendor:${stream.vendor.id}`,
    ...stream.products.map((p: any) => `Product:${p.id}`),
  ]
  await sendCachedJson(req, res, { tags }, () => streamDetails(req))
}

async function streamDetails(req: MedusaRequest) {
  const service: LiveStreamingModuleService = req.scope.resolve(LIVE_STREAMING_MODULE)
  const [stream] = await service.listLiveStreams({ id: req.params.id }, { relations: ["products"] })
  const [vendor] = stream ? await listVendors(req.scope, { id: stream.vendor_id }, ["id", "handle", "name", "logo", "status"]) : []
  if (!stream || stream.status === "cancelled" || vendor?.status !== "active") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Live stream ${req.params.id} not found`)
  }
  const ids = stream.products.map((p: any) => p.product_id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = ids.length
    ? await query.graph({ entity: "product", fields: ["id", "title", "handle", "thumbnail", "status"], filters: { id: ids, status: "published" } })
    : { data: [] as any[] }
  const byId = new Map(products.map((p: any) => [p.id, p]))
  const featured = [...stream.products]
    .sort((a: any, b: any) => a.position - b.position)
    .filter((p: any) => byId.has(p.product_id))
    .map((p: any) => ({ ...byId.get(p.product_id), pinned: !!p.pinned_at }))
  const { stream_key_hash, stream_key_hint, products: _, metadata, ...visible } = stream as any
  return {
    live_stream: { ...forStore(service, visible), vendor: { id: vendor.id, handle: vendor.handle, name: vendor.name, logo: vendor.logo }, products: featured },
  }
}
