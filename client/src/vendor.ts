import type { BodyOf, QueryOf, Request } from "./request"

/** Broadcart's seller routes (a vendor member's token). */
export function vendorApi(request: Request) {
  return {
    /** Signs a vendor up, with the registration token of `auth.register("vendor", "emailpass", …)`. */
    signup: (body: BodyOf<"/vendor/vendors", "post">) => request("post", "/vendor/vendors", { body }),
    /** The signed-in member and its vendor. */
    me: () => request("get", "/vendor/me"),
    profile: {
      retrieve: () => request("get", "/vendor/profile"),
      update: (body: BodyOf<"/vendor/profile", "post">) => request("post", "/vendor/profile", { body }),
    },
    members: {
      list: () => request("get", "/vendor/members"),
      update: (id: string, body: BodyOf<"/vendor/members/{id}", "post">) => request("post", "/vendor/members/{id}", { path: { id }, body }),
      remove: (id: string) => request("delete", "/vendor/members/{id}", { path: { id } }),
    },
    invites: {
      list: () => request("get", "/vendor/invites"),
      create: (body: BodyOf<"/vendor/invites", "post">) => request("post", "/vendor/invites", { body }),
      /** Joins a vendor's team, with the invitee's registration token. */
      accept: (body: BodyOf<"/vendor/invites/accept", "post">) => request("post", "/vendor/invites/accept", { body }),
    },
    products: {
      list: (query?: QueryOf<"/vendor/products", "get">) => request("get", "/vendor/products", { query }),
      create: (body: BodyOf<"/vendor/products", "post">) => request("post", "/vendor/products", { body }),
      retrieve: (id: string) => request("get", "/vendor/products/{id}", { path: { id } }),
      update: (id: string, body: BodyOf<"/vendor/products/{id}", "post">) => request("post", "/vendor/products/{id}", { path: { id }, body }),
      delete: (id: string) => request("delete", "/vendor/products/{id}", { path: { id } }),
      variants: {
        create: (id: string, body: BodyOf<"/vendor/products/{id}/variants", "post">) =>
          request("post", "/vendor/products/{id}/variants", { path: { id }, body }),
        update: (id: string, variantId: string, body: BodyOf<"/vendor/products/{id}/variants/{variant_id}", "post">) =>
          request("post", "/vendor/products/{id}/variants/{variant_id}", { path: { id, variant_id: variantId }, body }),
        delete: (id: string, variantId: string) => request("delete", "/vendor/products/{id}/variants/{variant_id}", { path: { id, variant_id: variantId } }),
        setStock: (id: string, variantId: string, body: BodyOf<"/vendor/products/{id}/variants/{variant_id}/inventory", "post">) =>
          request("post", "/vendor/products/{id}/variants/{variant_id}/inventory", { path: { id, variant_id: variantId }, body }),
      },
    },
    orders: {
      list: (query?: QueryOf<"/vendor/orders", "get">) => request("get", "/vendor/orders", { query }),
      retrieve: (id: string) => request("get", "/vendor/orders/{id}", { path: { id } }),
      tracking: (id: string) => request("get", "/vendor/orders/{id}/tracking", { path: { id } }),
      cancel: (id: string) => request("post", "/vendor/orders/{id}/cancel", { path: { id }, body: {} }),
      fulfillments: {
        create: (id: string, body: BodyOf<"/vendor/orders/{id}/fulfillments", "post">) =>
          request("post", "/vendor/orders/{id}/fulfillments", { path: { id }, body }),
        ship: (id: string, fulfillmentId: string, body: BodyOf<"/vendor/orders/{id}/fulfillments/{fulfillment_id}/shipments", "post">) =>
          request("post", "/vendor/orders/{id}/fulfillments/{fulfillment_id}/shipments", { path: { id, fulfillment_id: fulfillmentId }, body }),
        markDelivered: (id: string, fulfillmentId: string) =>
          request("post", "/vendor/orders/{id}/fulfillments/{fulfillment_id}/mark-as-delivered", { path: { id, fulfillment_id: fulfillmentId }, body: {} }),
      },
      returns: {
        accept: (id: string, returnId: string) =>
          request("post", "/vendor/orders/{id}/returns/{return_id}/accept", { path: { id, return_id: returnId }, body: {} }),
        reject: (id: string, returnId: string, body: BodyOf<"/vendor/orders/{id}/returns/{return_id}/reject", "post"> = {}) =>
          request("post", "/vendor/orders/{id}/returns/{return_id}/reject", { path: { id, return_id: returnId }, body }),
      },
    },
    liveStreams: {
      list: (query?: QueryOf<"/vendor/live-streams", "get">) => request("get", "/vendor/live-streams", { query }),
      /** Schedules a stream; the answer carries its stream key, shown this once. */
      create: (body: BodyOf<"/vendor/live-streams", "post">) => request("post", "/vendor/live-streams", { body }),
      retrieve: (id: string) => request("get", "/vendor/live-streams/{id}", { path: { id } }),
      update: (id: string, body: BodyOf<"/vendor/live-streams/{id}", "post">) => request("post", "/vendor/live-streams/{id}", { path: { id }, body }),
      cancel: (id: string) => request("post", "/vendor/live-streams/{id}/cancel", { path: { id }, body: {} }),
      end: (id: string) => request("post", "/vendor/live-streams/{id}/end", { path: { id }, body: {} }),
      rotateKey: (id: string) => request("post", "/vendor/live-streams/{id}/rotate-key", { path: { id }, body: {} }),
      analytics: (id: string, query?: QueryOf<"/vendor/live-streams/{id}/analytics", "get">) =>
        request("get", "/vendor/live-streams/{id}/analytics", { path: { id }, query }),
      pins: {
        add: (id: string, body: BodyOf<"/vendor/live-streams/{id}/pins", "post">) => request("post", "/vendor/live-streams/{id}/pins", { path: { id }, body }),
        remove: (id: string, productId: string) => request("delete", "/vendor/live-streams/{id}/pins/{product_id}", { path: { id, product_id: productId } }),
      },
    },
    payouts: {
      list: (query?: QueryOf<"/vendor/payouts", "get">) => request("get", "/vendor/payouts", { query }),
      retrieve: (id: string) => request("get", "/vendor/payouts/{id}", { path: { id } }),
      onboarding: {
        status: () => request("get", "/vendor/payouts/onboarding"),
        /** Starts (or resumes) Stripe Connect onboarding; the answer carries the link to follow. */
        start: (body: BodyOf<"/vendor/payouts/onboarding", "post"> = {}) => request("post", "/vendor/payouts/onboarding", { body }),
      },
    },
    analytics: {
      summary: (query?: QueryOf<"/vendor/analytics/summary", "get">) => request("get", "/vendor/analytics/summary", { query }),
      series: (query?: QueryOf<"/vendor/analytics/series", "get">) => request("get", "/vendor/analytics/series", { query }),
      topProducts: (query?: QueryOf<"/vendor/analytics/top-products", "get">) => request("get", "/vendor/analytics/top-products", { query }),
      conversion: (query?: QueryOf<"/vendor/analytics/conversion", "get">) => request("get", "/vendor/analytics/conversion", { query }),
      product: (id: string, query?: QueryOf<"/vendor/analytics/products/{id}", "get">) =>
        request("get", "/vendor/analytics/products/{id}", { path: { id }, query }),
    },
  }
}
