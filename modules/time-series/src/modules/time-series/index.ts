import { Module } from "@medusajs/framework/utils"
import { supportedVersionsLoader } from "@broadcart/core/compat"
import TimeSeriesModuleService from "./service"

export const TIME_SERIES_MODULE = "timeSeries"

export default Module(TIME_SERIES_MODULE, {
  service: TimeSeriesModuleService,
  // Refuses to start on a Medusa or @broadcart/core this package does not support.
  loaders: [supportedVersionsLoader(__dirname)],
})
