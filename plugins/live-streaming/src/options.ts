import { z } from "@medusajs/framework/zod"
import { definePluginOptions } from "@broadcart/core/options"

/** Options of the live-streaming plugin. */
export default definePluginOptions(
  "@broadcart/plugin-live-streaming",
  z
    .object({
      ingest: z.enum(["embedded", "off"]).default("embedded").describe("Run RTMP ingest inside the server process, or not (another process runs it)"),
      rtmpPort: z.number().int().min(1).max(65535).default(1935).describe("RTMP ingest port"),
      rtmpHost: z.string().default("127.0.0.1").describe("Address the RTMP server listens on"),
      rtmpPublicUrl: z.string().default("rtmp://localhost:1935/live").describe("Ingest URL shown to vendors (OBS server field)"),
      publicUrl: z.string().url().default("http://localhost:9000").describe("Origin of this server, for playback URLs"),
      mediaDir: z.string().default(".data/live").describe("Where HLS segments and recordings are written"),
      ffmpegPath: z.string().default("ffmpeg"),
      segmentSeconds: z.number().int().min(1).max(10).default(2).describe("HLS segment length"),
      reconnectGraceSeconds: z
        .number()
        .min(0)
        .max(600)
        .default(30)
        .describe("How long a stream whose encoder left (or whose server restarted) waits, interrupted, for the encoder to return before it ends"),
      hlsCacheMb: z.number().int().min(16).default(256).describe("Memory for HLS segments served to viewers"),
      liveWindowSegments: z.number().int().min(3).max(100).default(6).describe("Segments in a live playlist (the replay keeps all)"),
      flv: z.boolean().default(true).describe("Also serve live streams over low-latency HTTP-FLV and WebSocket-FLV from the ingest"),
      flvPort: z.number().int().min(1).max(65535).default(8088).describe("HTTP-FLV playback port (on rtmpHost)"),
      flvPublicUrl: z.string().url().default("http://localhost:8088").describe("Origin of the HTTP-FLV playback, for playback URLs"),
      playerStallSeconds: z.number().min(1).max(120).default(5).describe("An HTTP-FLV player that stops reading this long is dropped"),
      playerMaxUnsentBytes: z
        .number()
        .int()
        .min(64 * 1024)
        .default(8 * 1024 * 1024)
        .describe("An HTTP-FLV player this far behind is dropped at once"),
      realtime: z.boolean().default(true).describe("Serve live chat, viewer counts and pins over socket.io"),
      realtimePort: z.number().int().min(0).max(65535).default(9001).describe("Port of the socket.io server (0: any free port)"),
      realtimeRedisUrl: z
        .string()
        .optional()
        .meta({ secret: true })
        .describe("Redis shared by every node's socket.io, for rooms across nodes (may hold a password)"),
      realtimeCors: z
        .string()
        .default("http://localhost:8000,http://localhost:9000,http://localhost:5173")
        .describe("Origins browsers may open socket.io connections from, comma-separated (regexes allowed, as in Medusa's CORS settings)"),
      viewerPushSeconds: z.number().min(1).max(60).default(10).describe("How often viewer counts are pushed and sampled"),
      viewerExpirySeconds: z
        .number()
        .min(1)
        .max(300)
        .default(30)
        .describe("A node that stops sending heartbeats (it crashed) stops counting its viewers after this long"),
      replayRetentionDays: z.number().int().min(1).default(30).describe("How long replays are kept"),
    })
    .strict()
)
