import type { Client, ClientHeaders } from "@medusajs/js-sdk"
import type { components, paths } from "./schema"

/** A route's JSON answer on success (the document describes requests, not yet the shape of answers). */
export type ApiResponse = components["schemas"]["Success"]

/** The one shape of every error answer; `FetchError` from `@medusajs/js-sdk` carries its message and status. */
export type ApiError = components["schemas"]["Error"]

export type Path = keyof paths
export type Method = "get" | "post" | "delete"
type Operation<P extends Path, M extends Method> = NonNullable<paths[P][M]>

/** Fallback for what a route reads but its validators do not declare. */
type Loose = Record<string, unknown>

/** The JSON body a route's validator takes. */
export type BodyOf<P extends Path, M extends Method> = Operation<P, M> extends { requestBody?: { content: { "application/json": infer B } } } ? B : Loose

/** The query a route's validator takes. */
export type QueryOf<P extends Path, M extends Method> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? ([Q] extends [never] | [undefined] ? Loose : NonNullable<Q>) : Loose

/** The `{name}` parameters of a route's path. */
export type PathParamsOf<P extends Path, M extends Method> = Operation<P, M> extends { parameters: { path: infer A } } ? A : never

export type RequestOptions<P extends Path, M extends Method> = {
  path?: PathParamsOf<P, M>
  query?: QueryOf<P, M>
  body?: BodyOf<P, M>
  headers?: ClientHeaders
}

/** `/vendor/live-streams/{id}` with `{ id: "lstr_1" }` → `/vendor/live-streams/lstr_1`. */
export function fillPath(path: string, params: Record<string, string> = {}) {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (params[name] === undefined) {
      throw new Error(`Missing path parameter "${name}" of ${path}`)
    }
    return encodeURIComponent(params[name])
  })
}

/** Sends one request of the document, typed by its path and method, through Medusa's JS SDK client. */
export type Request = <P extends Path, M extends Method>(method: M, path: P, options?: RequestOptions<P, M>) => Promise<ApiResponse>

export function requester(client: Client): Request {
  return (method, path, options = {}) =>
    client.fetch<ApiResponse>(fillPath(path, options.path as Record<string, string> | undefined), {
      method: method.toUpperCase(),
      query: options.query as Record<string, unknown> | undefined,
      body: options.body as Record<string, unknown> | undefined,
      headers: options.headers,
    })
}
