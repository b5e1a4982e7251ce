import type { RegisteredRoute } from "./registered-routes"

/** How each kind of caller proves who it is. */
export const securitySchemes = {
  publishableKey: {
    type: "apiKey",
    in: "header",
    name: "x-publishable-api-key",
    description: "A publishable API key (Medusa creates one, linked to the default sales channel). Every /store route needs it.",
  },
  customerToken: {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description: "A customer's JWT from POST /auth/customer/emailpass. Optional on most /store routes.",
  },
  vendorToken: {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description:
      "A JWT of actor type `vendor` from POST /auth/vendor/emailpass. Signing up (POST /vendor/vendors) and accepting an invite take the registration token of POST /auth/vendor/emailpass/register.",
  },
  adminToken: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "An admin user's JWT from POST /auth/user/emailpass." },
  adminSession: { type: "apiKey", in: "cookie", name: "connect.sid", description: "An admin session from POST /auth/session." },
  adminApiKey: { type: "http", scheme: "basic", description: "A secret API key as the user name, with an empty password." },
} as const

type Requirement = Partial<Record<keyof typeof securitySchemes, string[]>>

/** The auth a route takes, from its prefix, as Medusa (/admin, /store) and the marketplace (/vendor) apply it. */
export function securityOf(route: RegisteredRoute): Requirement[] {
  const actor = route.path.split("/")[1]
  if (actor === "store") {
    return route.authenticate ? [{ publishableKey: [] }, { publishableKey: [], customerToken: [] }] : [{ publishableKey: [] }]
  }
  if (actor === "admin") {
    return route.authenticate ? [{ adminToken: [] }, { adminSession: [] }, { adminApiKey: [] }] : []
  }
  if (actor === "vendor") {
    return [{ vendorToken: [] }]
  }
  return []
}
