import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readPluginOptions } from "@broadcart/core/options"
import options from "../options"
import { __NAME_SNAKE___MODULE } from "../modules/__name__"
import type __Name__ModuleService from "../modules/__name__/service"

/** Warns once a day while the store holds `warnAtPercent` of its `maxItems` or more. */
export default async function check__Name__Capacity(container: MedusaContainer) {
  const { maxItems, warnAtPercent } = readPluginOptions(container, options)
  const count = await container.resolve<__Name__ModuleService>(__NAME_SNAKE___MODULE).countItems()
  if (count * 100 >= maxItems * warnAtPercent) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`__Title__: ${count} of ${maxItems} items; raise maxItems or remove some`)
  }
}

export const config = { name: "__name__-check-capacity", schedule: "0 6 * * *" }
