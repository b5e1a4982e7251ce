import { defineMiddlewares } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@broadcart/core/http"
import { EmptyBody, VendorCreateStream, VendorListStreams, VendorPinProduct, VendorUpdateStream } from "./vendor/live-streams/validators"
import { StoreListStreams } from "./store/live-streams/validators"
import { listStoreStreamsQueryConfig } from "./store/live-streams/query-config"
import { AdminListStreams } from "./admin/live-streams/validators"
import { listAdminStreamsQueryConfig } from "./admin/live-streams/query-config"
import { checkCartItemsAttribution, checkLineItemAttribution, checkStreamAttribution } from "./store/carts/helpers"

/** Vendor routes get auth and vendor context from the marketplace's `/vendor/*` middleware. */
export default defineMiddlewares({
  routes: [
    { matcher: "/vendor/live-streams", method: ["GET"], middlewares: [validateQuery(VendorListStreams, {})] },
    { matcher: "/vendor/live-streams", method: ["POST"], middlewares: [validateBody(VendorCreateStream)] },
    { matcher: "/vendor/live-streams/:id", method: ["POST"], middlewares: [validateBody(VendorUpdateStream)] },
    { matcher: "/vendor/live-streams/:id/cancel", method: ["POST"], middlewares: [validateBody(EmptyBody)] },
    { matcher: "/vendor/live-streams/:id/rotate-key", method: ["POST"], middlewares: [validateBody(EmptyBody)] },
    { matcher: "/vendor/live-streams/:id/end", method: ["POST"], middlewares: [validateBody(EmptyBody)] },
    { matcher: "/vendor/live-streams/:id/pins", method: ["POST"], middlewares: [validateBody(VendorPinProduct)] },
    // Every write that can credit a cart line to a stream is checked.
    { matcher: "/store/carts", method: ["POST"], middlewares: [checkCartItemsAttribution] },
    { matcher: "/store/carts/:id/line-items", method: ["POST"], middlewares: [checkStreamAttribution] },
    { matcher: "/store/carts/:id/line-items/:line_id", method: ["POST"], middlewares: [checkLineItemAttribution] },
    { matcher: "/store/live-streams", method: ["GET"], middlewares: [validateQuery(StoreListStreams, listStoreStreamsQueryConfig)] },
    { matcher: "/admin/live-streams", method: ["GET"], middlewares: [validateQuery(AdminListStreams, listAdminStreamsQueryConfig)] },
  ],
})
