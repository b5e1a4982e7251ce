import { Module } from "@medusajs/framework/utils"
import LiveStreamingModuleService from "./service"

export const LIVE_STREAMING_MODULE = "liveStreaming"

export default Module(LIVE_STREAMING_MODULE, { service: LiveStreamingModuleService })
