import type { MedusaContainer } from "@medusajs/framework/types"

/** Anything that resolves from the app: a request's `req.scope`, a step's or a subscriber's container. */
export type Scope = Pick<MedusaContainer, "resolve">
