import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { LIVE_STREAMING_MODULE } from "../../modules/live-streaming"
import type LiveStreamingModuleService from "../../modules/live-streaming/service"

export type SetPinnedInput = { stream_id: string; product_id: string | null; unpin?: string }

export const setPinnedProductStepId = "set-pinned-product"

/** Pins one featured product of a stream (unpinning the others), or unpins; returns the pinned product. */
export const setPinnedProductStep = createStep(
  setPinnedProductStepId,
  async ({ stream_id, product_id, unpin }: SetPinnedInput, { container }) => {
    const service: LiveStreamingModuleService = container.resolve(LIVE_STREAMING_MODULE)
    const featured = await service.listLiveStreamProducts({ stream_id } as any)
    const target = product_id ? featured.find((p) => p.product_id === product_id) : null
    if (product_id && !target) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${product_id} is not featured in this stream`)
    }
    if (unpin && !featured.some((p) => p.product_id === unpin && p.pinned_at)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${unpin} is not pinned`)
    }
    const before = featured.map((p) => ({ id: p.id, pinned_at: p.pinned_at }))
    await service.updateLiveStreamProducts(featured.map((p) => ({ id: p.id, pinned_at: p.id === target?.id ? new Date() : null })))
    const product = target
      ? ((
          await container
            .resolve(ContainerRegistrationKeys.QUERY)
            .graph({ entity: "product", fields: ["id", "title", "handle", "thumbnail"], filters: { id: target.product_id } })
        ).data[0] ?? null)
      : null
    return new StepResponse(product as Record<string, unknown> | null, before)
  },
  async (before, { container }) => {
    if (before?.length) {
      await container.resolve<LiveStreamingModuleService>(LIVE_STREAMING_MODULE).updateLiveStreamProducts(before)
    }
  }
)
