export * from "./plugin-options"
export * from "./read-plugin-options"
