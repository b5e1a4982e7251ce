import { Module } from "@medusajs/framework/utils"
import { supportedVersionsLoader } from "@broadcart/core/compat"
import LiveStreamingModuleService from "./service"

export const LIVE_STREAMING_MODULE = "liveStreaming"

export default Module(LIVE_STREAMING_MODULE, {
  service: LiveStreamingModuleService,
  // Refuses to start on a Medusa or @broadcart/core this package does not support.
  loaders: [supportedVersionsLoader(__dirname)],
})
