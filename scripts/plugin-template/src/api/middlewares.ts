import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { admin__Name__ItemQuery } from "./admin/__name__/query-config" // @admin
import { AdminList__Name__Items } from "./admin/__name__/validators" // @admin
import { store__Name__ItemQuery } from "./store/__name__/query-config"
import { StoreCreate__Name__Item, StoreList__Name__Items } from "./store/__name__/validators"

/** Binds each route's validators (and, where a route needs one, its authentication) to its path. */
export default defineMiddlewares({
  routes: [
    { matcher: "/store/__name__", method: ["GET"], middlewares: [validateAndTransformQuery(StoreList__Name__Items, store__Name__ItemQuery.list)] },
    { matcher: "/store/__name__", method: ["POST"], middlewares: [validateAndTransformBody(StoreCreate__Name__Item)] },
    { matcher: "/admin/__name__", method: ["GET"], middlewares: [validateAndTransformQuery(AdminList__Name__Items, admin__Name__ItemQuery.list)] }, // @admin
  ],
})
