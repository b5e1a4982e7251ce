import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readPluginOptions } from "@broadcart/core/options"
import options from "../options"
import { __Name__Events, type __Name__ItemEventData } from "../events"
import { __NAME_SNAKE___MODULE } from "../modules/__name__"
import type __Name__ModuleService from "../modules/__name__/service"

/** Logs each new item with how full the store is. */
export default async function __name_camel__ItemCreated({ event, container }: SubscriberArgs<__Name__ItemEventData>) {
  const { maxItems } = readPluginOptions(container, options)
  const count = await container.resolve<__Name__ModuleService>(__NAME_SNAKE___MODULE).countItems()
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`__Title__: item ${event.data.id} created, ${count} of ${maxItems}`)
}

export const config: SubscriberConfig = { event: __Name__Events.ITEM_CREATED }
