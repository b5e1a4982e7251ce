import { Module } from "@medusajs/framework/utils"
import { supportedVersionsLoader } from "@broadcart/core/compat"
import __Name__ModuleService from "./service"

export const __NAME_SNAKE___MODULE = "__name_snake__"

export default Module(__NAME_SNAKE___MODULE, {
  service: __Name__ModuleService,
  // Refuses to start on a Medusa or @broadcart/core this plugin does not support.
  loaders: [supportedVersionsLoader(__dirname)],
})
