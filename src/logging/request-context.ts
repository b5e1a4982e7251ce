import { AsyncLocalStorage } from "node:async_hooks"

/** What every log line written while serving a request can see of it. */
export type RequestContext = { requestId: string }

export const requestContext = new AsyncLocalStorage<RequestContext>()

/** The id of the request being served, if any. */
export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId
}
