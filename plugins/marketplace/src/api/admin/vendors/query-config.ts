const defaultAdminVendorFields = ["id", "handle", "name", "description", "logo", "status", "status_reason", "email", "created_at", "updated_at"]

/** GET /admin/vendors: default fields, paginated. */
export const listAdminVendorQueryConfig = { defaults: defaultAdminVendorFields, isList: true }

/** GET /admin/vendors/:id: default fields, with the team. */
export const retrieveAdminVendorQueryConfig = {
  defaults: [...defaultAdminVendorFields, "members.id", "members.email", "members.name", "members.role"],
  isList: false,
}
