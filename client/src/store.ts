import type { BodyOf, QueryOf, Request } from "./request"

/** Broadcart's storefront routes (a publishable key; a customer's token where a route needs one). */
export function storeApi(request: Request) {
  return {
    liveStreams: {
      /** Streams live now (default), upcoming or ended, of all vendors or one. */
      list: (query?: QueryOf<"/store/live-streams", "get">) => request("get", "/store/live-streams", { query }),
      retrieve: (id: string) => request("get", "/store/live-streams/{id}", { path: { id } }),
    },
    vendors: {
      /** A vendor's public profile. */
      retrieve: (handle: string) => request("get", "/store/vendors/{handle}", { path: { handle } }),
    },
    orderGroups: {
      /** The orders, one per vendor, that one checkout made (the signed-in customer's own). */
      retrieve: (id: string) => request("get", "/store/order-groups/{id}", { path: { id } }),
    },
    carts: {
      /** Completes a cart: one order per vendor, grouped. */
      complete: (id: string) => request("post", "/store/carts/{id}/complete", { path: { id } }),
    },
    analytics: {
      /** Records storefront events (product views, add to cart, stream views). */
      track: (body: BodyOf<"/store/analytics/events", "post">) => request("post", "/store/analytics/events", { body }),
    },
  }
}
