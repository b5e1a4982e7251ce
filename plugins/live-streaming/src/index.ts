// The public API of the live-streaming plugin: what other plugins and apps may import.
export { LIVE_STREAMING_MODULE } from "./modules/live-streaming"
export * from "./events"
export * from "./workflows"
