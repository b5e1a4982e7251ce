// Live video for @broadcart/plugin-live-streaming: ffmpeg publishers and probes, HTTP-FLV players, socket.io clients.
export * from "./media"
export * from "./sockets"
