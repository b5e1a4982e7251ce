import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { pluginEntry } from "@broadcart/core/options"
import { loadSettings } from "./src/settings"
import { createLogger } from "./src/logging/logger"
import { redisModules, cachingModule, fileModule, paymentModule, timeSeriesModule } from "./src/config/modules"
import { uploadsDir } from "./src/http/uploads"

loadEnv(process.env.NODE_ENV || "development", process.cwd())
const settings = loadSettings()
const publicUrl = settings.PUBLIC_URL ?? `http://localhost:${settings.PORT}`

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: settings.DATABASE_URL,
    redisUrl: settings.REDIS_URL,
    redisPrefix: settings.REDIS_PREFIX,
    workerMode: settings.MEDUSA_WORKER_MODE,
    // Secure session cookies on HTTPS (also behind a proxy), so the admin works on plain http too.
    cookieOptions: { secure: "auto" as unknown as boolean },
    http: {
      storeCors: settings.STORE_CORS,
      adminCors: settings.ADMIN_CORS,
      authCors: settings.AUTH_CORS,
      jwtSecret: settings.JWT_SECRET,
      cookieSecret: settings.COOKIE_SECRET,
      compression: { enabled: settings.HTTP_COMPRESSION },
    },
  },
  logger: createLogger({ level: settings.LOG_LEVEL, format: settings.logFormat }),
  admin: {
    disable: settings.DISABLE_ADMIN || settings.MEDUSA_WORKER_MODE === "worker",
    backendUrl: settings.MEDUSA_BACKEND_URL,
  },
  featureFlags: { caching: true },
  modules: [
    ...redisModules(settings.REDIS_URL, settings.REDIS_PREFIX, settings.JOB_SCHEDULE_CHECK_SECONDS),
    cachingModule(settings.REDIS_URL, settings.REDIS_PREFIX),
    fileModule(uploadsDir(settings), publicUrl),
    timeSeriesModule({
      contactPoints: settings.CASSANDRA_CONTACT_POINTS,
      dataCenter: settings.CASSANDRA_DC,
      keyspace: settings.CASSANDRA_KEYSPACE,
    }),
    ...paymentModule({
      apiKey: settings.STRIPE_API_KEY,
      webhookSecret: settings.STRIPE_WEBHOOK_SECRET,
      apiBaseUrl: settings.STRIPE_API_BASE_URL,
      capture: settings.STRIPE_CAPTURE,
    }),
  ],
  plugins: [
    pluginEntry("@broadcart/admin", { storefrontUrl: settings.STOREFRONT_URL }),
    pluginEntry("@broadcart/plugin-marketplace", {
      autoApproveVendors: settings.VENDOR_AUTO_APPROVE,
      vendorCors: settings.VENDOR_CORS,
    }),
    pluginEntry("@broadcart/plugin-analytics", {
      storefrontEventsLimit: settings.RATE_LIMIT_ANALYTICS,
      maxEventsPerPost: settings.ANALYTICS_MAX_EVENTS_PER_POST,
    }),
    pluginEntry("@broadcart/plugin-live-streaming", {
      ingest: settings.LIVE_INGEST,
      rtmpPort: settings.LIVE_RTMP_PORT,
      rtmpHost: settings.LIVE_RTMP_HOST,
      rtmpPublicUrl: settings.LIVE_RTMP_PUBLIC_URL ?? `rtmp://localhost:${settings.LIVE_RTMP_PORT}/live`,
      publicUrl,
      mediaDir: settings.mediaDir,
      flv: settings.LIVE_FLV,
      flvPort: settings.LIVE_FLV_PORT,
      flvPublicUrl: settings.LIVE_FLV_PUBLIC_URL ?? `http://localhost:${settings.LIVE_FLV_PORT}`,
      reconnectGraceSeconds: settings.LIVE_RECONNECT_GRACE_SECONDS,
      realtime: settings.LIVE_REALTIME,
      realtimePort: settings.REALTIME_PORT,
      realtimeRedisUrl: settings.REALTIME_REDIS_URL ?? settings.REDIS_URL,
      viewerExpirySeconds: settings.LIVE_VIEWER_EXPIRY_SECONDS,
      // Storefronts, the admin and vendor dashboards all open live chat from the browser.
      realtimeCors: [...new Set([settings.STORE_CORS, settings.ADMIN_CORS, settings.VENDOR_CORS].join(",").split(",").filter(Boolean))].join(","),
    }),
    pluginEntry("@broadcart/plugin-stripe-payouts", {
      apiKey: settings.STRIPE_API_KEY,
      webhookSecret: settings.STRIPE_CONNECT_WEBHOOK_SECRET,
      apiBaseUrl: settings.STRIPE_API_BASE_URL,
      defaultCommission: { percentage: settings.COMMISSION_PERCENT },
      payoutTrigger: settings.PAYOUT_TRIGGER,
      holdDays: settings.PAYOUT_HOLD_DAYS,
      currency: settings.PAYOUT_CURRENCY,
      ...(settings.VENDOR_DASHBOARD_URL ? { vendorUrl: settings.VENDOR_DASHBOARD_URL } : {}),
    }),
  ],
})
