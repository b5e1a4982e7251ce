// Vendors of @broadcart/plugin-marketplace: sign up, approve, stock products, fill a two-vendor cart.
export * from "./carts"
export * from "./vendors"
