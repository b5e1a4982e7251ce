export * from "./types"
export { IngestServer, type IngestHooks, type IngestOptions } from "./ingest-server"
export { nodeMediaServer } from "./node-media-server"
export { markPlaylist } from "./hls-recorder"
