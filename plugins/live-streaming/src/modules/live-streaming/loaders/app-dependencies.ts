import { container as app } from "@medusajs/framework"
import { asFunction } from "@medusajs/framework/awilix"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { LoaderOptions } from "@medusajs/framework/types"
import { MARKETPLACE_MODULE } from "@broadcart/plugin-marketplace/modules/marketplace"

/**
 * What this module uses of the rest of the app: the marketplace (vendors and members, through its
 * public lookups), Query (customers, products), the time-series module (chat history, counters),
 * and the app's logger as registered at each use (modules otherwise keep the one registered when
 * they loaded, which a host such as the test runner replaces later).
 */
export const APP_DEPENDENCIES = [MARKETPLACE_MODULE, ContainerRegistrationKeys.QUERY, "timeSeries", ContainerRegistrationKeys.LOGGER]

/**
 * Medusa gives a module's container the app's config, logger and event bus, and anything else only
 * through a `dependencies` list (as its Index module lists Query), which `medusa-config.ts` sets for
 * an app's own modules but not for a plugin's. This loader adds ours, resolved from the app at each
 * use (after boot), so the rest of the module resolves everything from its own container.
 */
export default async function appDependenciesLoader({ container }: LoaderOptions) {
  for (const key of APP_DEPENDENCIES) {
    container.register(
      key,
      asFunction(() => app.resolve(key))
    )
  }
}
