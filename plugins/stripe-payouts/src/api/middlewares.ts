import { defineMiddlewares } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@broadcart/core/http"
import { requireVendorRole } from "@broadcart/plugin-marketplace"
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
      middlewares: [requireVendorRole("owner", "admin"), validateBody(VendorStartOnboarding)],
    },
    {
      matcher: "/vendor/payouts",
      method: ["GET"],
      middlewares: [validateQuery(VendorListPayouts, vendorPayouts.listPayoutsQueryConfig)],
    },
    {
      matcher: "/vendor/payouts/:id",
      method: ["GET"],
      middlewares: [validateQuery(VendorGetPayout, vendorPayouts.retrievePayoutQueryConfig)],
    },
    {
      matcher: "/admin/payouts",
      method: ["GET"],
      middlewares: [validateQuery(AdminListPayouts, adminPayouts.listPayoutsQueryConfig)],
    },
    {
      matcher: "/admin/payouts/:id",
      method: ["GET"],
      middlewares: [validateQuery(AdminGetPayout, adminPayouts.retrievePayoutQueryConfig)],
    },
    { matcher: "/admin/payouts/:id/retry", method: ["POST"], middlewares: [validateBody(AdminRetryPayout)] },
    {
      matcher: "/admin/commission-rules",
      method: ["GET"],
      middlewares: [validateQuery(AdminListCommissionRules, listCommissionRulesQueryConfig)],
    },
    { matcher: "/admin/commission-rules", method: ["POST"], middlewares: [validateBody(AdminCreateCommissionRule)] },
    {
      matcher: "/admin/commission-rules/:id",
      method: ["GET"],
      middlewares: [validateQuery(AdminGetCommissionRule, retrieveCommissionRuleQueryConfig)],
    },
    { matcher: "/admin/commission-rules/:id", method: ["POST"], middlewares: [validateBody(AdminUpdateCommissionRule)] },
  ],
})
