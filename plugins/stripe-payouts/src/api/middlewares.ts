import { defineMiddlewares } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@broadcart/core/http"
import { requireVendorRole } from "@broadcart/plugin-marketplace"
import {
  AdminCreateCommissionRule,
  AdminListCommissionRules,
  AdminListPayouts,
  AdminUpdateCommissionRule,
  EmptyBody,
  VendorListPayouts,
  VendorStartOnboarding,
} from "./validators"

/** Vendor routes get their auth and vendor context from the marketplace's `/vendor/*` middleware. */
export default defineMiddlewares({
  routes: [
    { matcher: "/hooks/stripe-payouts", method: ["POST"], bodyParser: { preserveRawBody: true } },
    {
      matcher: "/vendor/payouts/onboarding",
      method: ["POST"],
      middlewares: [requireVendorRole("owner", "admin"), validateBody(VendorStartOnboarding)],
    },
    { matcher: "/vendor/payouts", method: ["GET"], middlewares: [validateQuery(VendorListPayouts, {})] },
    { matcher: "/admin/payouts", method: ["GET"], middlewares: [validateQuery(AdminListPayouts, {})] },
    { matcher: "/admin/payouts/:id/retry", method: ["POST"], middlewares: [validateBody(EmptyBody)] },
    { matcher: "/admin/commission-rules", method: ["GET"], middlewares: [validateQuery(AdminListCommissionRules, {})] },
    { matcher: "/admin/commission-rules", method: ["POST"], middlewares: [validateBody(AdminCreateCommissionRule)] },
    { matcher: "/admin/commission-rules/:id", method: ["POST"], middlewares: [validateBody(AdminUpdateCommissionRule)] },
  ],
})
