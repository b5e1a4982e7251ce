import cors from "cors"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, parseCorsOrigins } from "@medusajs/framework/utils"
import type MarketplaceModuleService from "../../modules/marketplace/service"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"

let handler: ReturnType<typeof cors> | undefined

/** CORS for the vendor API, from the plugin's `vendorCors` option. */
export function vendorCors(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!handler) {
    const marketplace = req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    handler = cors({ origin: parseCorsOrigins(marketplace.options.vendorCors), credentials: true })
  }
  return handler(req as any, res as any, next)
}
