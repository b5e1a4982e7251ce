// Kept at this path for integration-tests/helpers/live-node.js and bench/chat-fanout.mjs, which start a live node of their own.
export { redisPresence, memoryPresence, type Presence } from "../modules/live-streaming/realtime/presence"
