import { z } from "@medusajs/framework/zod"
import { definePluginOptions } from "@broadcart/core/options"

/** Options of the time-series module; checked when the module loads, so a bad value stops startup. */
const schema = z
  .object({
    cassandra: z
      .object({
        contactPoints: z.array(z.string().min(1)).min(1).describe("host or host:port of Cassandra nodes"),
        localDataCenter: z.string().default("datacenter1"),
        keyspace: z
          .string()
          .regex(/^[a-z][a-z0-9_]{0,47}$/, "lower-case letters, digits and _")
          .default("broadcart"),
        replication: z
          .record(z.string(), z.union([z.string(), z.number()]))
          .default({ class: "SimpleStrategy", replication_factor: 1 })
          .describe("keyspace replication, as in CREATE KEYSPACE"),
        concurrency: z.number().int().min(1).max(1024).default(64),
        feedLookbackDays: z.number().int().min(1).max(90).default(7),
      })
      .strict()
      .optional()
      .describe("Use Cassandra; without it the store lives in PostgreSQL"),
    migrationsDir: z.string().optional().describe("Folder holding cassandra/ and time-series-postgres/ (default: the migrations this package ships)"),
    ttlDays: z.number().int().min(1).default(400).describe("How long raw points are kept"),
    feedTtlDays: z.number().int().min(1).default(30).describe("How long feed items (chat) are kept"),
    buffer: z
      .object({
        capacity: z.number().int().min(100).default(100_000),
        batchSize: z.number().int().min(1).default(500),
        flushMs: z.number().int().min(1).default(200),
        maxBackoffMs: z.number().int().min(100).default(30_000),
      })
      .strict()
      .prefault({}),
  })
  .strict()

export const timeSeriesOptions = definePluginOptions("@broadcart/time-series", schema)

export type TimeSeriesOptions = z.output<typeof schema>
