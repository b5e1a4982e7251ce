/** Fields of a product in vendor API answers. */
export const PRODUCT_FIELDS = ["*", "options.*", "options.values.*", "variants.*", "variants.options.*", "variants.prices.*", "images.*"]
