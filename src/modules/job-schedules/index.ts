import { Module } from "@medusajs/framework/utils"
import JobSchedulesService from "./service"

/** Keeps scheduled jobs registered in Redis: re-registers any that Redis lost (a restart without its data, a flush). */
export default Module("jobSchedules", { service: JobSchedulesService })
