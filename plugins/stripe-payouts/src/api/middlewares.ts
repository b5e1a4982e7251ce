import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
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
      middlewares: [requireVendorRole("owner", "admin"), validateAndTransformBody(VendorStartOnboarding)],
    },
    { matcher: "/vendor/payouts", method: ["GET"], middlewares: [validateAndTransformQuery(VendorListPayouts, {})] },
    { matcher: "/admin/payouts", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListPayouts, {})] },
    { matcher: "/admin/payouts/:id/retry", method: ["POST"], middlewares: [validateAndTransformBody(EmptyBody)] },
    { matcher: "/admin/commission-rules", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListCommissionRules, {})] },
    { matcher: "/admin/commission-rules", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateCommissionRule)] },
    { matcher: "/admin/commission-rules/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateCommissionRule)] },
  ],
})
