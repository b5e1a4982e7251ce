import { Module } from "@medusajs/framework/utils"
import { supportedVersionsLoader } from "@broadcart/core/compat"
import MarketplaceModuleService from "./service"

export const MARKETPLACE_MODULE = "marketplace"

export default Module(MARKETPLACE_MODULE, {
  service: MarketplaceModuleService,
  // Refuses to start on a Medusa or @broadcart/core this package does not support.
  loaders: [supportedVersionsLoader(__dirname)],
})
