import { Module } from "@medusajs/framework/utils"
import TimeSeriesModuleService from "./service"

export const TIME_SERIES_MODULE = "timeSeries"

export default Module(TIME_SERIES_MODULE, { service: TimeSeriesModuleService })
