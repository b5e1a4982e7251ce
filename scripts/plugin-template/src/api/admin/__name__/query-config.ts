/** Default fields and pagination of the admin's __Title__ routes. */
export const admin__Name__ItemQuery = {
  list: { defaults: ["id", "title", "created_at", "updated_at"], isList: true },
}
