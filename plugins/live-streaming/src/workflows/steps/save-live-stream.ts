import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LIVE_STREAMING_MODULE } from "../../modules/live-streaming"
import type LiveStreamingModuleService from "../../modules/live-streaming/service"

export type SaveLiveStreamInput = {
  id?: string
  vendor_id: string
  title?: string
  description?: string | null
  cover_image?: string | null
  scheduled_at?: Date | null
  product_ids?: string[]
}

type Undo = { created?: string; before?: Record<string, any> }
type Saved = { stream: Record<string, any> & { id: string; vendor_id: string }; stream_key: string | null }

export const saveLiveStreamStepId = "save-live-stream"

/** Creates a stream with a fresh key (returned once), or updates one; featured products are replaced. */
export const saveLiveStreamStep = createStep(
  saveLiveStreamStepId,
  async ({ id, vendor_id, product_ids, ...fields }: SaveLiveStreamInput, { container }): Promise<StepResponse<Saved, Undo>> => {
    const service: LiveStreamingModuleService = container.resolve(LIVE_STREAMING_MODULE)
    const products = product_ids?.map((product_id, position) => ({ product_id, position }))
    if (!id) {
      const { key, ...keyFields } = service.newStreamKey()
      const created = await service.createLiveStreams({ vendor_id, ...fields, title: fields.title!, ...keyFields, products } as any)
      return new StepResponse<Saved, Undo>({ stream: created, stream_key: key }, { created: created.id })
    }
    const [before] = await service.listLiveStreams({ id }, { relations: ["products"] })
    if (products) {
      await service.deleteLiveStreamProducts(before.products.map((p: any) => p.id))
      await service.createLiveStreamProducts(products.map((p) => ({ ...p, stream_id: id })) as any)
    }
    const updated = await service.updateLiveStreams({ id, ...fields })
    return new StepResponse<Saved, Undo>({ stream: updated, stream_key: null }, { before })
  },
  async (undo: Undo | undefined, { container }) => {
    const service: LiveStreamingModuleService = container.resolve(LIVE_STREAMING_MODULE)
    if (undo?.created) {
      await service.deleteLiveStreams(undo.created)
    } else if (undo?.before) {
      const { products, ...fields } = undo.before as any
      await service.updateLiveStreams({
        id: fields.id,
        title: fields.title,
        description: fields.description,
        cover_image: fields.cover_image,
        scheduled_at: fields.scheduled_at,
      })
    }
  }
)
