import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { VendorRequest } from "@broadcart/core/contracts/marketplace"
import { saveLiveStreamWorkflow } from "../../../../workflows/save-live-stream"
import { forVendor, ownStream } from "../helpers"

export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { service, stream } = await ownStream(req)
  res.json({ live_stream: forVendor(service, stream) })
}

/** Updates title, description, cover, schedule or featured products of a stream not yet over. */
export async function POST(req: VendorRequest<Record<string, any>>, res: MedusaResponse) {
  const { service, stream } = await ownStream(req)
  if (stream.status === "ended" || stream.status === "cancelled") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Live stream is ${stream.status}`)
  }
  await saveLiveStreamWorkflow(req.scope).run({ input: { ...req.validatedBody, id: stream.id, vendor_id: req.vendor.vendor_id } })
  const { stream: fresh } = await ownStream(req)
  res.json({ live_stream: forVendor(service, fresh) })
}
