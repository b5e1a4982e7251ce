import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { defineMiddlewares } from "@medusajs/framework/http"
import { createRateLimit, describeRequest, validateBody, validateQuery } from "@broadcart/core/http"
import { readPluginOptions } from "@broadcart/core/options"
import optionsDefinition from "../options"
import { AdminConversionQuery, AdminSeriesQuery, AdminSummaryQuery, AdminTopProductsQuery } from "./admin/analytics/validators"
import { StorefrontEvents } from "./store/analytics/validators"
import { VendorConversionQuery, VendorSeriesQuery, VendorSummaryQuery, VendorTopProductsQuery } from "./vendor/analytics/validators"

let eventsLimit: ((req: any, res: any, next: any) => void) | undefined

/** Per-IP limit on storefront event posts, from the plugin's options (Redis-shared when REDIS_URL is set). */
function limitStorefrontEvents(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (process.env.RATE_LIMITS_ENABLED === "false") {
    return next()
  }
  eventsLimit ??= createRateLimit({
    name: "analytics-events",
    spec: readPluginOptions(req.scope, optionsDefinition).storefrontEventsLimit,
    redisUrl: process.env.REDIS_URL,
    redisPrefix: `${process.env.REDIS_PREFIX ?? "broadcart:"}rl:`,
    lazy: true,
  }) as any
  eventsLimit!(req, res, next)
}

let validateEvents: ((req: any, res: any, next: any) => void) | undefined

/** Validates an events post against the plugin's `maxEventsPerPost`; the API documents show it with the default limit. */
const validateStorefrontEvents = describeRequest(
  function validateStorefrontEvents(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    validateEvents ??= validateBody(StorefrontEvents(readPluginOptions(req.scope, optionsDefinition).maxEventsPerPost)) as any
    validateEvents!(req, res, next)
  },
  { in: "body", schema: StorefrontEvents(optionsDefinition.schema.parse({}).maxEventsPerPost) }
)

const q = (schema: any) => [validateQuery(schema, {})]

export default defineMiddlewares({
  routes: [
    {
      matcher: "/store/analytics/events",
      method: ["POST"],
      middlewares: [limitStorefrontEvents, validateStorefrontEvents],
    },
    { matcher: "/admin/analytics/summary", method: ["GET"], middlewares: q(AdminSummaryQuery) },
    { matcher: "/admin/analytics/series", method: ["GET"], middlewares: q(AdminSeriesQuery) },
    { matcher: "/admin/analytics/top-products", method: ["GET"], middlewares: q(AdminTopProductsQuery) },
    { matcher: "/admin/analytics/conversion", method: ["GET"], middlewares: q(AdminConversionQuery) },
    { matcher: "/vendor/analytics/summary", method: ["GET"], middlewares: q(VendorSummaryQuery) },
    { matcher: "/vendor/analytics/series", method: ["GET"], middlewares: q(VendorSeriesQuery) },
    { matcher: "/vendor/analytics/top-products", method: ["GET"], middlewares: q(VendorTopProductsQuery) },
    { matcher: "/vendor/analytics/conversion", method: ["GET"], middlewares: q(VendorConversionQuery) },
    { matcher: "/vendor/analytics/products/:id", method: ["GET"], middlewares: q(VendorSummaryQuery) },
  ],
})
