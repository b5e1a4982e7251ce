// `npm run media`: the live ingest as its own process, scaled apart from the API servers.
// It is a Medusa server with only RTMP ingest and HLS playback on: run API servers with
// LIVE_INGEST=off, share DATABASE_URL, REDIS_URL and LIVE_MEDIA_DIR (or route /hls/* here).
process.env.MEDUSA_WORKER_MODE ??= "server"
process.env.LIVE_INGEST = "embedded"
process.env.LIVE_REALTIME ??= "false"
process.env.PORT = process.env.MEDIA_PORT ?? "9002"
process.env.DISABLE_ADMIN ??= "true"
process.env.BROADCART_SETUP ??= "false"
await import("./start.mjs")
