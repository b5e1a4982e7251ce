import { Module } from "@medusajs/framework/utils"
import { supportedVersionsLoader } from "@broadcart/core/compat"
import LiveStreamingModuleService from "./service"
import appDependenciesLoader from "./loaders/app-dependencies"
import ingestLoader from "./loaders/ingest"
import realtimeLoader from "./loaders/realtime"

export const LIVE_STREAMING_MODULE = "liveStreaming"

export default Module(LIVE_STREAMING_MODULE, {
  service: LiveStreamingModuleService,
  // In this order: refuse an unsupported Medusa or @broadcart/core first; then the servers, which
  // resolve what the first of them registers.
  loaders: [supportedVersionsLoader(__dirname), appDependenciesLoader, ingestLoader, realtimeLoader],
})

// For running a second real-time node, restarting the ingest or asking it to end a stream from this process (tests, tools).
export { startIngest } from "./ingest/start-ingest"
export { publishEnd } from "./ingest/control"
export { forgetMissingReplays } from "./ingest/replays"
export { startLiveRealtime } from "./realtime/start-realtime"
