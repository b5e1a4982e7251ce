import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { vendorIdsOfProducts } from "@broadcart/plugin-marketplace"
import { LIVE_STREAMING_MODULE } from "../../../modules/live-streaming"
import type LiveStreamingModuleService from "../../../modules/live-streaming/service"

/** A cart line a request writes: the variant it sells and the stream it is credited to, if any. */
type AttributedLine = { field: string; variant_id: unknown; stream_id: unknown }

const streamIdOf = (item: unknown) => (item as { metadata?: { stream_id?: unknown } } | null)?.metadata?.stream_id

/**
 * INVALID_DATA, naming the field, unless every stream a line is credited to is live or ended and
 * belongs to the vendor of the line's product (so a sale is never credited to another's show).
 */
async function assertAttribution(scope: MedusaContainer, lines: AttributedLine[]) {
  const attributed = lines.filter((l) => l.stream_id !== undefined)
  if (!attributed.length) {
    return
  }
  const ids = (values: unknown[]) => [...new Set(values.filter((v): v is string => typeof v === "string" && v.length > 0))]
  const streamIds = ids(attributed.map((l) => l.stream_id))
  const variantIds = ids(attributed.map((l) => l.variant_id))
  const service: LiveStreamingModuleService = scope.resolve(LIVE_STREAMING_MODULE)
  const streams = streamIds.length ? await service.listLiveStreams({ id: streamIds }, { select: ["id", "status", "vendor_id"] }) : []
  const { data: variants } = variantIds.length
    ? await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "variant", fields: ["id", "product_id"], filters: { id: variantIds } })
    : { data: [] }
  const vendorOfProduct = await vendorIdsOfProducts(scope, variants.map((v: any) => v.product_id).filter(Boolean))
  const vendorOf = new Map(variants.map((v: any) => [v.id, vendorOfProduct[v.product_id]]))
  for (const line of attributed) {
    const stream = streams.find((s) => s.id === line.stream_id)
    const shown = String(line.stream_id).slice(0, 60)
    if (!stream || !["live", "interrupted", "ended"].includes(stream.status)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Field '${line.field}' names no live stream: ${shown}`)
    }
    // An unknown variant is left to Medusa's own answer.
    if (vendorOf.has(line.variant_id as string) && vendorOf.get(line.variant_id as string) !== stream.vendor_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Field '${line.field}' names a stream of another vendor: ${shown}`)
    }
  }
}

/** POST /store/carts: items created with the cart. */
export async function checkCartItemsAttribution(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const items = (req.body as { items?: unknown })?.items
  const lines = Array.isArray(items)
    ? items.map((item, i) => ({ field: `items.${i}.metadata.stream_id`, variant_id: item?.variant_id, stream_id: streamIdOf(item) }))
    : []
  await assertAttribution(req.scope, lines)
  next()
}

/** POST /store/carts/:id/line-items: a line added from a stream. */
export async function checkStreamAttribution(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as { variant_id?: unknown }
  await assertAttribution(req.scope, [{ field: "metadata.stream_id", variant_id: body?.variant_id, stream_id: streamIdOf(body) }])
  next()
}

/** POST /store/carts/:id/line-items/:line_id: a line's metadata changed; it keeps its variant. */
export async function checkLineItemAttribution(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const stream_id = streamIdOf(req.body)
  if (stream_id !== undefined) {
    const {
      data: [line],
    } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "line_item",
      fields: ["id", "variant_id"],
      filters: { id: req.params.line_id, cart_id: req.params.id },
    })
    // An unknown line is left to Medusa's own 404.
    if (line) {
      await assertAttribution(req.scope, [{ field: "metadata.stream_id", variant_id: line.variant_id, stream_id }])
    }
  }
  next()
}
