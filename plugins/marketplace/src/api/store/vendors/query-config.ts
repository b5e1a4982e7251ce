/** GET /store/vendors/:handle: the public profile and the products shown on it. */
export const retrieveStoreVendorQueryConfig = {
  defaults: [
    "id",
    "handle",
    "name",
    "description",
    "logo",
    "created_at",
    "products.id",
    "products.title",
    "products.handle",
    "products.thumbnail",
    "products.status",
  ],
  isList: false,
}
