const fields = ["id", "handle", "name", "description", "logo", "status", "status_reason", "email", "created_at", "updated_at"]

/** Default fields and pagination of the admin vendor routes. */
export const adminVendorQuery = {
  list: { defaults: fields, isList: true },
  retrieve: { defaults: [...fields, "members.id", "members.email", "members.name", "members.role"], isList: false },
}
