import { asValue } from "@medusajs/framework/awilix"
import type { LoaderOptions } from "@medusajs/framework/types"
import { parseModuleOptions } from "@broadcart/core/options"
import optionsDefinition from "../../../options"
import { startIngest, type LiveIngest } from "../ingest/start-ingest"
import { runsHere } from "../runs-here"

/** Registration of this process's RTMP ingest in the module's container (null where none runs). */
export const LIVE_INGEST = "liveIngest"

/**
 * Starts RTMP ingest (and HTTP-FLV playback) in processes that serve traffic; the service hands it
 * the streams when the app has started. A failed start is logged and the API keeps serving.
 */
export default async function ingestLoader({ container, options, logger, dataLoaderOnly }: LoaderOptions) {
  const o = parseModuleOptions(optionsDefinition, options ?? {})
  let ingest: LiveIngest | null = null
  if (runsHere(container, o.ingest === "embedded", dataLoaderOnly)) {
    ingest = await startIngest(container, o).catch((e: Error) => {
      logger?.error(`Live ingest did not start: ${e.message}`)
      return null
    })
  }
  container.register(LIVE_INGEST, asValue(ingest))
}
