/** Fields of a product in vendor API answers. */
const defaultVendorProductFields = ["*", "options.*", "options.values.*", "variants.*", "variants.options.*", "variants.prices.*", "images.*"]

/** GET /vendor/products. */
export const listVendorProductQueryConfig = { defaults: defaultVendorProductFields, isList: true }

/** One vendor product, as every product route answers it. */
export const retrieveVendorProductQueryConfig = { defaults: defaultVendorProductFields, isList: false }
