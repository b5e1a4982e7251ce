import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MediaEvents, type MediaEventData } from "@broadcart/core/contracts/media"
import { recordMediaActivityWorkflow } from "../workflows/record-media-activity"

/** Records viewer counts, chat volume, video views, likes and watch time as the media plugins report them. */
export default async function recordMediaActivity({ event, container }: SubscriberArgs<MediaEventData>) {
  await recordMediaActivityWorkflow(container).run({ input: { name: event.name, data: event.data } })
}

export const config: SubscriberConfig = { event: Object.values(MediaEvents) }
