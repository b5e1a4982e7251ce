import { asValue } from "@medusajs/framework/awilix"
import type { LoaderOptions } from "@medusajs/framework/types"
import { parseModuleOptions } from "@broadcart/core/options"
import optionsDefinition from "../../../options"
import { startLiveRealtime, type LiveRealtime } from "../realtime/start-realtime"
import { runsHere } from "../runs-here"

/** Registration of this node's socket.io server in the module's container (null where none runs). */
export const LIVE_REALTIME = "liveRealtime"

/**
 * Starts the socket.io server for live chat, viewers and pins in processes that serve traffic; the
 * service hands it the streams when the app has started. A failed start is logged and the API keeps serving.
 */
export default async function realtimeLoader({ container, options, logger, dataLoaderOnly }: LoaderOptions) {
  const o = parseModuleOptions(optionsDefinition, options ?? {})
  let live: LiveRealtime | null = null
  if (runsHere(container, o.realtime, dataLoaderOnly)) {
    live = await startLiveRealtime(container, o).catch((e: Error) => {
      logger?.error(`Live chat did not start: ${e.message}`)
      return null
    })
  }
  container.register(LIVE_REALTIME, asValue(live))
}
