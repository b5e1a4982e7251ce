export * from "./plugin-options"
export * from "./errors"
export * from "./rate-limit"
