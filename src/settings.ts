import { basename, dirname, resolve } from "node:path"
import { isIP } from "node:net"
import { z } from "@medusajs/framework/zod"

const bool = z.enum(["true", "false", "1", "0", "yes", "no"]).transform((v) => v === "true" || v === "1" || v === "yes")

const limit = z.string().regex(/^\d+\/\d*[smhd]$/, "expected count/window such as 100/15m")

const port = z.coerce.number().int().min(1).max(65535)
/** Proxy addresses as Express takes them: IPs, CIDR subnets, or `loopback`, `linklocal`, `uniquelocal`. */
const proxies = z
  .string()
  .transform((v) =>
    v
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean)
  )
  .refine((list) => list.every(isProxyAddress), "expected IPs, subnets (10.0.0.0/8) or loopback, linklocal, uniquelocal")

function isProxyAddress(value: string) {
  if (["loopback", "linklocal", "uniquelocal"].includes(value)) {
    return true
  }
  const [ip, bits, extra] = value.split("/")
  const family = isIP(ip)
  const maxBits = family === 4 ? 32 : 128
  return family > 0 && extra === undefined && (bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= maxBits))
}

/** Secrets storefront servers send in `x-storefront-secret`, comma-separated; long enough not to be guessed. */
const secrets = z
  .string()
  .transform((v) =>
    v
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
  )
  .refine((list) => list.every((s) => s.length >= 24), "each secret needs at least 24 characters")

const DEV_ORIGINS = "http://localhost:8000,http://localhost:9000,http://localhost:5173"

/** Every environment variable the app reads, with its default. README lists the same. */
const schema = z.object({
  NODE_ENV: z.string().default("development"),
  PORT: port.default(9000),
  DATABASE_URL: z.string().optional(),
  REDIS_URL: z.string().optional(),
  REDIS_PREFIX: z.string().default("broadcart:"),
  JOB_SCHEDULE_CHECK_SECONDS: z.coerce.number().int().min(1).default(30),
  MEDUSA_WORKER_MODE: z.enum(["shared", "server", "worker"]).default("shared"),
  BROADCART_SETUP: bool.default(true),
  BROADCART_DATA_DIR: z.string().default(".data"),
  EMBEDDED_PG_PORT: port.default(54320),
  BROADCART_PG_HOME: z.string().default("/var/lib/broadcart"),
  BROADCART_FORCE_TTY: bool.default(false),
  MEDUSA_BACKEND_URL: z.string().optional(),
  DISABLE_ADMIN: bool.default(false),
  JWT_SECRET: z.string().default("supersecret"),
  COOKIE_SECRET: z.string().default("supersecret"),
  STORE_CORS: z.string().default(DEV_ORIGINS),
  ADMIN_CORS: z.string().default(DEV_ORIGINS),
  AUTH_CORS: z.string().default(DEV_ORIGINS),
  VENDOR_CORS: z.string().default(DEV_ORIGINS),
  AUTH_PASSWORD_MIN_LENGTH: z.coerce.number().int().min(1).max(128).default(8),
  VENDOR_AUTO_APPROVE: bool.default(false),
  HTTP_COMPRESSION: bool.default(true),
  RATE_LIMITS_ENABLED: bool.default(true),
  RATE_LIMIT_GLOBAL: limit.default("100/15m"),
  RATE_LIMIT_STAFF: limit.default("1000/15m"),
  RATE_LIMIT_AUTH: limit.default("5/15m"),
  RATE_LIMIT_UPLOADS: limit.default("10/1h"),
  RATE_LIMIT_STOREFRONT: limit.default("10000/15m"),
  RATE_LIMIT_ANALYTICS: limit.default("120/1m"),
  ANALYTICS_MAX_EVENTS_PER_POST: z.coerce.number().int().min(1).max(500).default(50),
  TRUSTED_PROXIES: proxies.default([]),
  STOREFRONT_SECRETS: secrets.default([]),
  UPLOADS_DIR: z.string().optional(),
  UPLOAD_MAX_MB: z.coerce.number().positive().default(50),
  LOG_LEVEL: z.enum(["error", "warn", "info", "http", "verbose", "debug", "silly"]).default("http"),
  LOG_FORMAT: z.enum(["json", "pretty"]).optional(),
  STOREFRONT_URL: z.string().optional(),
  VENDOR_DASHBOARD_URL: z.string().url().optional(),
  STRIPE_API_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  STRIPE_CONNECT_WEBHOOK_SECRET: z.string().optional(),
  STRIPE_API_BASE_URL: z.string().url().optional(),
  STRIPE_CAPTURE: bool.default(false),
  COMMISSION_PERCENT: z.coerce.number().min(0).max(100).default(10),
  PAYOUT_TRIGGER: z.enum(["captured", "fulfilled"]).default("captured"),
  PAYOUT_HOLD_DAYS: z.coerce.number().int().min(0).default(0),
  CHECKOUT_LOCK_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  CHECKOUT_SWEEP_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  PAYOUT_CURRENCY: z.string().optional(),
  LIVE_INGEST: z.enum(["embedded", "off"]).default("embedded"),
  LIVE_RTMP_PORT: port.default(1935),
  LIVE_RTMP_PUBLIC_URL: z.string().optional(),
  LIVE_RTMP_HOST: z.string().default("0.0.0.0"),
  LIVE_MEDIA_DIR: z.string().optional(),
  LIVE_FLV: bool.default(true),
  LIVE_FLV_PORT: port.default(8088),
  LIVE_FLV_PUBLIC_URL: z.string().url().optional(),
  LIVE_RECONNECT_GRACE_SECONDS: z.coerce.number().min(0).max(600).default(30),
  PUBLIC_URL: z.string().url().optional(),
  LIVE_REALTIME: bool.default(true),
  REALTIME_PORT: z.coerce.number().int().min(0).max(65535).default(9001),
  REALTIME_REDIS_URL: z.string().optional(),
  LIVE_VIEWER_EXPIRY_SECONDS: z.coerce.number().min(1).max(300).default(30),
  CASSANDRA_CONTACT_POINTS: z.string().optional(),
  CASSANDRA_DC: z.string().default("datacenter1"),
  CASSANDRA_KEYSPACE: z.string().default("broadcart"),
})

export type Settings = z.output<typeof schema> & {
  logFormat: "json" | "pretty"
  /** Absolute data folder and live media folder, resolved against the project root. */
  dataDir: string
  mediaDir: string
  uploadsDir: string
}

/**
 * The project root, also when running from the build output (`<root>/.medusa/server`), so data
 * never lands in a folder the next build deletes.
 */
export function projectRoot(from: string = resolve(__dirname, "..")): string {
  return basename(from) === "server" && basename(dirname(from)) === ".medusa" ? resolve(from, "../..") : from
}

/** Reads and checks the environment; a bad value stops startup naming the variable. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env, root: string = projectRoot()): Settings {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""))
  const result = schema.safeParse(present)
  if (!result.success) {
    const detail = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")
    throw new Error(`Invalid environment: ${detail}`)
  }
  const settings = result.data
  const production = settings.NODE_ENV === "production"
  if (production && (settings.JWT_SECRET === "supersecret" || settings.COOKIE_SECRET === "supersecret")) {
    throw new Error("Invalid environment: JWT_SECRET and COOKIE_SECRET must be set in production")
  }
  const dataDir = resolve(root, settings.BROADCART_DATA_DIR)
  return {
    ...settings,
    logFormat: settings.LOG_FORMAT ?? (production ? "json" : "pretty"),
    dataDir,
    mediaDir: settings.LIVE_MEDIA_DIR ? resolve(root, settings.LIVE_MEDIA_DIR) : resolve(dataDir, "live"),
    uploadsDir: settings.UPLOADS_DIR ? resolve(root, settings.UPLOADS_DIR) : resolve(dataDir, "uploads"),
  }
}
