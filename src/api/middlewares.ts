import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { createErrorHandler } from "@broadcart/core"
import { loadSettings } from "../settings"
import { securityHeaders } from "../http/security-headers"
import { requestIdOf, requestLog } from "../http/request-log"
import { rateLimits } from "../http/rate-limits"
import { classifyClients } from "../http/rate-limit-client"
import { trustedProxies } from "../http/trusted-proxies"
import { ownOrderReturns } from "../http/own-order-returns"
import { credentialChecks } from "../http/credentials"

const settings = loadSettings()
const limits = rateLimits(settings)
const credentials = credentialChecks(settings.AUTH_PASSWORD_MIN_LENGTH)

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
      ],
    },
    { matcher: "/auth/*", middlewares: [limits.auth] },
    { matcher: "/auth/:actor_type/emailpass/register", method: ["POST"], middlewares: [credentials.register as any] },
    { matcher: "/auth/:actor_type/emailpass/update", method: ["POST"], middlewares: [credentials.update as any] },
    { matcher: "/admin/uploads", method: ["POST"], middlewares: [limits.uploads] },
    { matcher: "/store/returns", method: ["POST"], middlewares: [authenticate("customer", ["session", "bearer"]), ownOrderReturns as any] },
  ],
})
