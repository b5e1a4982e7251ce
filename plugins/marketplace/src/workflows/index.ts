export * from "./create-vendor"
export * from "./update-vendor"
export * from "./create-vendor-products"
