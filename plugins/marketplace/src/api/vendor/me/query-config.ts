/** GET /vendor/me: the signed-in member and all of its vendor. */
export const retrieveVendorMeQueryConfig = { defaults: ["id", "email", "name", "role", "vendor.*"], isList: false }
