import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { createErrorHandler } from "@broadcart/core/http"
import { loadSettings } from "../settings"
import { securityHeaders } from "../http/security-headers"
import { requestIdOf, requestLog } from "../http/request-log"
import { rateLimits } from "../http/rate-limits"
import { classifyClients } from "../http/rate-limit-client"
import { trustedProxies } from "../http/trusted-proxies"
import { ownOrderReturns } from "../http/own-order-returns"
import { screenInput } from "../http/input-screen"
import { jsonNotFound } from "../http/not-found"
import { forUploads, uploads } from "../http/uploads"
import { knownCart, knownShippingCalculation, returnableItems } from "../http/store-guards"
import { credentialChecks } from "../http/credentials"

const settings = loadSettings()
const limits = rateLimits(settings)
const credentials = credentialChecks(settings.AUTH_PASSWORD_MIN_LENGTH)
const adminOnly = authenticate("user", ["session", "bearer"])
/** Medusa's local file provider keeps private files (product exports) beside public ones, named `private-…`. */
const privateUploads = (req: any, res: any, next: any) => (String(req.params.key).startsWith("private-") ? adminOnly(req, res, next) : next())

/** Hardening applied to every route of the app and of every plugin. */
export default defineMiddlewares({
  errorHandler: createErrorHandler((req, res) => {
    res.setHeader("x-request-id", requestIdOf(req as any))
    securityHeaders(req, res, () => undefined)
  }),
  routes: [
    {
      matcher: "/",
      middlewares: [
        trustedProxies(settings.TRUSTED_PROXIES),
        requestLog,
        securityHeaders as any,
        classifyClients(settings.STOREFRONT_SECRETS),
        limits.global,
        limits.staff,
        limits.storefront,
        screenInput,
        jsonNotFound,
      ],
    },
    { matcher: "/auth/*", middlewares: [limits.auth] },
    { matcher: "/auth/:actor_type/emailpass/register", method: ["POST"], middlewares: [credentials.register as any] },
    { matcher: "/auth/:actor_type/emailpass/update", method: ["POST"], middlewares: [credentials.update as any] },
    // Method-less, so it runs before Medusa's multer: the limit answers before the body is read.
    { matcher: "/admin/uploads", middlewares: [forUploads(limits.uploads), uploads(settings)] },
    { matcher: "/uploads/:key", method: ["GET"], middlewares: [privateUploads] },
    {
      matcher: "/store/returns",
      method: ["POST"],
      middlewares: [authenticate("customer", ["session", "bearer"]), ownOrderReturns as any, returnableItems as any],
    },
    { matcher: "/store/carts/:id/*", method: ["POST", "DELETE"], middlewares: [knownCart] },
    { matcher: "/store/shipping-options/:id/calculate", method: ["POST"], middlewares: [knownShippingCalculation as any] },
  ],
})
