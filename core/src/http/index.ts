export * from "./errors"
export * from "./rate-limit"
export * from "./store-cache"
export * from "./validate"
