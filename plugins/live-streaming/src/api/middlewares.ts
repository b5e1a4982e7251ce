import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { EmptyBody, VendorCreateStream, VendorListStreams, VendorPinProduct, VendorUpdateStream } from "./vendor/live-streams/validators"
import { StoreListStreams } from "./store/live-streams/validators"
import { listStoreStreamsQueryConfig } from "./store/live-streams/query-config"
import { AdminListStreams } from "./admin/live-streams/validators"
import { listAdminStreamsQueryConfig } from "./admin/live-streams/query-config"
import { checkCartItemsAttribution, checkLineItemAttribution, checkStreamAttribution } from "./store/carts/helpers"

/** Vendor routes get auth and vendor context from the marketplace's `/vendor/*` middleware. */
export default defineMiddlewares({
  routes: [
    { matcher: "/vendor/live-streams", method: ["GET"], middlewares: [validateAndTransformQuery(VendorListStreams, {})] },
    { matcher: "/vendor/live-streams", method: ["POST"], middlewares: [validateAndTransformBody(VendorCreateStream)] },
    { matcher: "/vendor/live-streams/:id", method: ["POST"], middlewares: [validateAndTransformBody(VendorUpdateStream)] },
    { matcher: "/vendor/live-streams/:id/cancel", method: ["POST"], middlewares: [validateAndTransformBody(EmptyBody)] },
    { matcher: "/vendor/live-streams/:id/rotate-key", method: ["POST"], middlewares: [validateAndTransformBody(EmptyBody)] },
    { matcher: "/vendor/live-streams/:id/end", method: ["POST"], middlewares: [validateAndTransformBody(EmptyBody)] },
    { matcher: "/vendor/live-streams/:id/pins", method: ["POST"], middlewares: [validateAndTransformBody(VendorPinProduct)] },
    // Every write that can credit a cart line to a stream is checked.
    { matcher: "/store/carts", method: ["POST"], middlewares: [checkCartItemsAttribution] },
    { matcher: "/store/carts/:id/line-items", method: ["POST"], middlewares: [checkStreamAttribution] },
    { matcher: "/store/carts/:id/line-items/:line_id", method: ["POST"], middlewares: [checkLineItemAttribution] },
    { matcher: "/store/live-streams", method: ["GET"], middlewares: [validateAndTransformQuery(StoreListStreams, listStoreStreamsQueryConfig)] },
    { matcher: "/admin/live-streams", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListStreams, listAdminStreamsQueryConfig)] },
  ],
})
