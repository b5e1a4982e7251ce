/** Default fields and pagination of the store's __Title__ routes. */
export const store__Name__ItemQuery = {
  list: { defaults: ["id", "title", "created_at"], isList: true },
}
