import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { requireVendorRole } from "@broadcart/plugin-marketplace/api/vendor/context"
import { AdminCreateCommissionRule, AdminGetCommissionRule, AdminListCommissionRules, AdminUpdateCommissionRule } from "./admin/commission-rules/validators"
import { listCommissionRulesQueryConfig, retrieveCommissionRuleQueryConfig } from "./admin/commission-rules/query-config"
import { AdminGetPayout, AdminListPayouts, AdminRetryPayout } from "./admin/payouts/validators"
import * as adminPayouts from "./admin/payouts/query-config"
import { VendorGetPayout, VendorListPayouts, VendorStartOnboarding } from "./vendor/payouts/validators"
import * as vendorPayouts from "./vendor/payouts/query-config"

/** Vendor routes get their auth and vendor context from the marketplace's `/vendor/*` middleware. */
export default defineMiddlewares({
  routes: [
    { matcher: "/hooks/stripe-payouts", method: ["POST"], bodyParser: { preserveRawBody: true } },
    {
      matcher: "/vendor/payouts/onboarding",
      method: ["POST"],
      middlewares: [requireVendorRole("owner", "admin"), validateAndTransformBody(VendorStartOnboarding)],
    },
    {
      matcher: "/vendor/payouts",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(VendorListPayouts, vendorPayouts.listPayoutsQueryConfig)],
    },
    {
      matcher: "/vendor/payouts/:id",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(VendorGetPayout, vendorPayouts.retrievePayoutQueryConfig)],
    },
    {
      matcher: "/admin/payouts",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListPayouts, adminPayouts.listPayoutsQueryConfig)],
    },
    {
      matcher: "/admin/payouts/:id",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(AdminGetPayout, adminPayouts.retrievePayoutQueryConfig)],
    },
    { matcher: "/admin/payouts/:id/retry", method: ["POST"], middlewares: [validateAndTransformBody(AdminRetryPayout)] },
    {
      matcher: "/admin/commission-rules",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListCommissionRules, listCommissionRulesQueryConfig)],
    },
    { matcher: "/admin/commission-rules", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateCommissionRule)] },
    {
      matcher: "/admin/commission-rules/:id",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(AdminGetCommissionRule, retrieveCommissionRuleQueryConfig)],
    },
    { matcher: "/admin/commission-rules/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateCommissionRule)] },
  ],
})
