import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@broadcart/core/http"
import { loadVendorContext, requireVendorRole } from "./vendor/context"
import { vendorCors } from "./vendor/cors"
import { VendorSignup } from "./vendor/vendors/validators"
import { VendorProfileUpdate } from "./vendor/profile/validators"
import { VendorAcceptInvite, VendorCreateInvite } from "./vendor/invites/validators"
import { VendorUpdateMember } from "./vendor/members/validators"
import { AdminListVendors, AdminUpdateVendor, AdminSuspendVendor } from "./admin/vendors/validators"
import { listAdminVendorQueryConfig, retrieveAdminVendorQueryConfig } from "./admin/vendors/query-config"
import { filterByVendor, hideInactiveVendorProducts, rejectInactiveVendorProduct, takeVendorParam, withVendorSummary } from "./store/products/helpers"
import {
  VendorCreateProduct,
  VendorCreateVariant,
  VendorListProducts,
  VendorSetStock,
  VendorUpdateProduct,
  VendorUpdateVariant,
} from "./vendor/products/validators"
import { VendorCreateFulfillment, VendorCreateShipment, VendorEmptyBody, VendorListOrders, VendorRejectReturn } from "./vendor/orders/validators"

const vendorAuth = authenticate("vendor", ["bearer", "session"])
const customerAuth = authenticate("customer", ["session", "bearer"])
const signupAuth = authenticate("vendor", ["bearer"], { allowUnregistered: true })

/** Paths under /vendor that a not-yet-registered identity may call. */
const SIGNUP_PATHS = ["/vendor/vendors", "/vendor/invites/accept"]

function unlessSignup(...handlers: any[]) {
  return handlers.map((handler) => (req: any, res: any, next: any) => (SIGNUP_PATHS.includes(req.originalUrl.split("?")[0]) ? next() : handler(req, res, next)))
}

export default defineMiddlewares({
  routes: [
    { matcher: "/vendor*", middlewares: [vendorCors] },
    { matcher: "/vendor/*", middlewares: unlessSignup(vendorAuth, loadVendorContext) },
    { matcher: "/vendor/vendors", method: ["POST"], middlewares: [signupAuth, validateBody(VendorSignup)] },
    { matcher: "/vendor/invites/accept", method: ["POST"], middlewares: [signupAuth, validateBody(VendorAcceptInvite)] },
    { matcher: "/vendor/invites", method: ["POST"], middlewares: [requireVendorRole("owner", "admin"), validateBody(VendorCreateInvite)] },
    { matcher: "/vendor/members/:id", method: ["POST"], middlewares: [requireVendorRole("owner", "admin"), validateBody(VendorUpdateMember)] },
    { matcher: "/vendor/members/:id", method: ["DELETE"], middlewares: [requireVendorRole("owner", "admin")] },
    {
      matcher: "/vendor/profile",
      method: ["POST"],
      middlewares: [requireVendorRole("owner", "admin"), validateBody(VendorProfileUpdate)],
    },
    { matcher: "/vendor/products", method: ["GET"], middlewares: [validateQuery(VendorListProducts, {})] },
    { matcher: "/vendor/products", method: ["POST"], middlewares: [validateBody(VendorCreateProduct)] },
    { matcher: "/vendor/products/:id", method: ["POST"], middlewares: [validateBody(VendorUpdateProduct)] },
    { matcher: "/vendor/products/:id/variants", method: ["POST"], middlewares: [validateBody(VendorCreateVariant)] },
    { matcher: "/vendor/products/:id/variants/:variant_id", method: ["POST"], middlewares: [validateBody(VendorUpdateVariant)] },
    { matcher: "/vendor/products/:id/variants/:variant_id/inventory", method: ["POST"], middlewares: [validateBody(VendorSetStock)] },
    { matcher: "/vendor/orders", method: ["GET"], middlewares: [validateQuery(VendorListOrders, {})] },
    { matcher: "/vendor/orders/:id/fulfillments", method: ["POST"], middlewares: [validateBody(VendorCreateFulfillment)] },
    {
      matcher: "/vendor/orders/:id/fulfillments/:fulfillment_id/shipments",
      method: ["POST"],
      middlewares: [validateBody(VendorCreateShipment)],
    },
    {
      matcher: "/vendor/orders/:id/fulfillments/:fulfillment_id/mark-as-delivered",
      method: ["POST"],
      middlewares: [validateBody(VendorEmptyBody)],
    },
    { matcher: "/vendor/orders/:id/cancel", method: ["POST"], middlewares: [validateBody(VendorEmptyBody)] },
    { matcher: "/vendor/orders/:id/returns/:return_id/accept", method: ["POST"], middlewares: [validateBody(VendorEmptyBody)] },
    { matcher: "/vendor/orders/:id/returns/:return_id/reject", method: ["POST"], middlewares: [validateBody(VendorRejectReturn)] },
    { matcher: "/store/order-groups/:id", method: ["GET"], middlewares: [customerAuth] },
    { matcher: "/store/products", middlewares: [takeVendorParam] },
    { matcher: "/store/products", method: ["GET"], middlewares: [withVendorSummary, filterByVendor, hideInactiveVendorProducts] },
    { matcher: "/store/products/:id", method: ["GET"], middlewares: [withVendorSummary, rejectInactiveVendorProduct] },
    { matcher: "/admin/vendors", method: ["GET"], middlewares: [validateQuery(AdminListVendors, listAdminVendorQueryConfig)] },
    { matcher: "/admin/vendors/:id", method: ["GET"], middlewares: [validateQuery(AdminListVendors.pick({ fields: true }), retrieveAdminVendorQueryConfig)] },
    { matcher: "/admin/vendors/:id", method: ["POST"], middlewares: [validateBody(AdminUpdateVendor)] },
    { matcher: "/admin/vendors/:id/suspend", method: ["POST"], middlewares: [validateBody(AdminSuspendVendor)] },
  ],
})
