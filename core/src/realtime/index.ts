export * from "./server"
