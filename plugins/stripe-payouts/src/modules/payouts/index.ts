import { Module } from "@medusajs/framework/utils"
import PayoutsModuleService from "./service"
import payoutProviderLoader from "./loaders/payout-provider"

export const PAYOUTS_MODULE = "payouts"

export default Module(PAYOUTS_MODULE, { service: PayoutsModuleService, loaders: [payoutProviderLoader] })
