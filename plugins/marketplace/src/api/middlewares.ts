import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { loadVendorContext, requireVendorRole } from "./vendor/context"
import { vendorCors } from "./vendor/cors"
import {
  VendorAcceptInvite,
  VendorCreateInvite,
  VendorProfileUpdate,
  VendorSignup,
  VendorUpdateMember,
} from "./vendor/validators"
import { AdminListVendors, AdminUpdateVendor, AdminSuspendVendor } from "./admin/vendors/validators"
import { adminVendorQuery } from "./admin/vendors/query-config"
import {
  filterByVendor,
  hideInactiveVendorProducts,
  rejectInactiveVendorProduct,
  takeVendorParam,
  withVendorSummary,
} from "./store/products/vendor-summary"
import {
  VendorCreateProduct,
  VendorCreateVariant,
  VendorListProducts,
  VendorSetStock,
  VendorUpdateProduct,
  VendorUpdateVariant,
} from "./vendor/products/validators"

const vendorAuth = authenticate("vendor", ["bearer", "session"])
const signupAuth = authenticate("vendor", ["bearer"], { allowUnregistered: true })

/** Paths under /vendor that a not-yet-registered identity may call. */
const SIGNUP_PATHS = ["/vendor/vendors", "/vendor/invites/accept"]

function unlessSignup(...handlers: any[]) {
  return handlers.map((handler) => (req: any, res: any, next: any) =>
    SIGNUP_PATHS.includes(req.originalUrl.split("?")[0]) ? next() : handler(req, res, next)
  )
}

export default defineMiddlewares({
  routes: [
    { matcher: "/vendor*", middlewares: [vendorCors] },
    { matcher: "/vendor/*", middlewares: unlessSignup(vendorAuth, loadVendorContext) },
    { matcher: "/vendor/vendors", method: ["POST"], middlewares: [signupAuth, validateAndTransformBody(VendorSignup)] },
    { matcher: "/vendor/invites/accept", method: ["POST"], middlewares: [signupAuth, validateAndTransformBody(VendorAcceptInvite)] },
    { matcher: "/vendor/invites", method: ["POST"], middlewares: [requireVendorRole("owner", "admin"), validateAndTransformBody(VendorCreateInvite)] },
    { matcher: "/vendor/members/:id", method: ["POST"], middlewares: [requireVendorRole("owner", "admin"), validateAndTransformBody(VendorUpdateMember)] },
    { matcher: "/vendor/members/:id", method: ["DELETE"], middlewares: [requireVendorRole("owner", "admin")] },
    {
      matcher: "/vendor/profile",
      method: ["POST"],
      middlewares: [requireVendorRole("owner", "admin"), validateAndTransformBody(VendorProfileUpdate)],
    },
    { matcher: "/vendor/products", method: ["GET"], middlewares: [validateAndTransformQuery(VendorListProducts, {})] },
    { matcher: "/vendor/products", method: ["POST"], middlewares: [validateAndTransformBody(VendorCreateProduct)] },
    { matcher: "/vendor/products/:id", method: ["POST"], middlewares: [validateAndTransformBody(VendorUpdateProduct)] },
    { matcher: "/vendor/products/:id/variants", method: ["POST"], middlewares: [validateAndTransformBody(VendorCreateVariant)] },
    { matcher: "/vendor/products/:id/variants/:variant_id", method: ["POST"], middlewares: [validateAndTransformBody(VendorUpdateVariant)] },
    { matcher: "/vendor/products/:id/variants/:variant_id/inventory", method: ["POST"], middlewares: [validateAndTransformBody(VendorSetStock)] },
    { matcher: "/store/products", middlewares: [takeVendorParam] },
    { matcher: "/store/products", method: ["GET"], middlewares: [withVendorSummary, filterByVendor, hideInactiveVendorProducts] },
    { matcher: "/store/products/:id", method: ["GET"], middlewares: [withVendorSummary, rejectInactiveVendorProduct] },
    { matcher: "/admin/vendors", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListVendors, adminVendorQuery.list)] },
    { matcher: "/admin/vendors/:id", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListVendors.pick({ fields: true }), adminVendorQuery.retrieve)] },
    { matcher: "/admin/vendors/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateVendor)] },
    { matcher: "/admin/vendors/:id/suspend", method: ["POST"], middlewares: [validateAndTransformBody(AdminSuspendVendor)] },
  ],
})
