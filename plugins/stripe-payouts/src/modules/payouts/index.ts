import { Module } from "@medusajs/framework/utils"
import { supportedVersionsLoader } from "@broadcart/core/compat"
import PayoutsModuleService from "./service"
import payoutProviderLoader from "./loaders/payout-provider"

export const PAYOUTS_MODULE = "payouts"

export default Module(PAYOUTS_MODULE, {
  service: PayoutsModuleService,
  // Refuses to start on a Medusa or @broadcart/core this package does not support; then gives the
  // service its payout provider.
  loaders: [supportedVersionsLoader(__dirname), payoutProviderLoader],
})
