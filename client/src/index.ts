import Medusa, { type Config } from "@medusajs/js-sdk"
import { adminApi } from "./admin"
import { requester, type Request } from "./request"
import { storeApi } from "./store"
import { vendorApi } from "./vendor"

export { FetchError } from "@medusajs/js-sdk"
export type { ApiError, ApiResponse, BodyOf, Method, Path, PathParamsOf, QueryOf, Request, RequestOptions } from "./request"
export type { components, operations, paths } from "./schema"

/**
 * Broadcart's routes, typed from its OpenAPI document, on a Medusa JS SDK instance: `store`,
 * `vendor` and `admin` for ours, `medusa` for Medusa's own (auth, products, carts, …). Signing in
 * through `medusa.auth` authenticates both.
 */
export class BroadcartClient {
  readonly medusa: Medusa
  /** Any route of the document, by method and path. */
  readonly request: Request
  readonly store: ReturnType<typeof storeApi>
  readonly vendor: ReturnType<typeof vendorApi>
  readonly admin: ReturnType<typeof adminApi>

  /** Takes the SDK's config (`baseUrl`, `publishableKey`, `auth`, …) or an SDK instance to share. */
  constructor(config: Config | Medusa) {
    this.medusa = config instanceof Medusa ? config : new Medusa(config)
    this.request = requester(this.medusa.client)
    this.store = storeApi(this.request)
    this.vendor = vendorApi(this.request)
    this.admin = adminApi(this.request)
  }
}
