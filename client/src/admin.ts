import type { BodyOf, QueryOf, Request } from "./request"

/** Broadcart's operator routes (an admin user's token, session or secret API key). */
export function adminApi(request: Request) {
  return {
    vendors: {
      list: (query?: QueryOf<"/admin/vendors", "get">) => request("get", "/admin/vendors", { query }),
      retrieve: (id: string, query?: QueryOf<"/admin/vendors/{id}", "get">) => request("get", "/admin/vendors/{id}", { path: { id }, query }),
      update: (id: string, body: BodyOf<"/admin/vendors/{id}", "post">) => request("post", "/admin/vendors/{id}", { path: { id }, body }),
      approve: (id: string) => request("post", "/admin/vendors/{id}/approve", { path: { id } }),
      suspend: (id: string, body: BodyOf<"/admin/vendors/{id}/suspend", "post"> = {}) => request("post", "/admin/vendors/{id}/suspend", { path: { id }, body }),
    },
    orderGroups: {
      retrieve: (id: string) => request("get", "/admin/order-groups/{id}", { path: { id } }),
      /** Captures the checkout's one payment. */
      capture: (id: string) => request("post", "/admin/order-groups/{id}/capture", { path: { id } }),
    },
    payments: {
      capture: (id: string) => request("post", "/admin/payments/{id}/capture", { path: { id } }),
      refund: (id: string, body: BodyOf<"/admin/payments/{id}/refund", "post"> = {}) => request("post", "/admin/payments/{id}/refund", { path: { id }, body }),
    },
    payouts: {
      list: (query?: QueryOf<"/admin/payouts", "get">) => request("get", "/admin/payouts", { query }),
      retrieve: (id: string) => request("get", "/admin/payouts/{id}", { path: { id } }),
      retry: (id: string) => request("post", "/admin/payouts/{id}/retry", { path: { id }, body: {} }),
    },
    commissionRules: {
      list: (query?: QueryOf<"/admin/commission-rules", "get">) => request("get", "/admin/commission-rules", { query }),
      create: (body: BodyOf<"/admin/commission-rules", "post">) => request("post", "/admin/commission-rules", { body }),
      retrieve: (id: string) => request("get", "/admin/commission-rules/{id}", { path: { id } }),
      update: (id: string, body: BodyOf<"/admin/commission-rules/{id}", "post">) => request("post", "/admin/commission-rules/{id}", { path: { id }, body }),
      delete: (id: string) => request("delete", "/admin/commission-rules/{id}", { path: { id } }),
    },
    liveStreams: {
      list: (query?: QueryOf<"/admin/live-streams", "get">) => request("get", "/admin/live-streams", { query }),
    },
    analytics: {
      summary: (query?: QueryOf<"/admin/analytics/summary", "get">) => request("get", "/admin/analytics/summary", { query }),
      series: (query?: QueryOf<"/admin/analytics/series", "get">) => request("get", "/admin/analytics/series", { query }),
      topProducts: (query?: QueryOf<"/admin/analytics/top-products", "get">) => request("get", "/admin/analytics/top-products", { query }),
      conversion: (query?: QueryOf<"/admin/analytics/conversion", "get">) => request("get", "/admin/analytics/conversion", { query }),
    },
    plugins: {
      /** The loaded plugins that declare options, with their schema and redacted values. */
      list: () => request("get", "/admin/broadcart/plugins"),
    },
  }
}
