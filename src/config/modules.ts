/**
 * Redis-backed infrastructure modules, with every key and BullMQ queue under `prefix`, so two
 * deployments never share one; without REDIS_URL Medusa uses its in-memory defaults. The workflow
 * engine's pub/sub channels cannot be prefixed (pub/sub ignores the database index too), which is
 * one reason each deployment also needs a Redis database of its own (`redisDeploymentModule`).
 */
export function redisModules(redisUrl: string | undefined, prefix: string, jobScheduleCheckSeconds = 30) {
  if (!redisUrl) {
    return []
  }
  const bull = { prefix: `${prefix}bull` }
  return [
    redisDeploymentModule(redisUrl, prefix),
    { resolve: "./src/modules/job-schedules", options: { checkSeconds: jobScheduleCheckSeconds } },
    { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl, namespace: `${prefix}cache` } },
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl, queueOptions: bull, workerOptions: bull } },
    {
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { redisUrl, queueOptions: bull, workerOptions: bull } },
    },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl, namespace: `${prefix}lock:` },
          },
        ],
      },
    },
  ]
}

/** Medusa's file module on the local disk, with URLs on the public address (served by `GET /uploads/:key`). */
export function fileModule(uploadDir: string, publicUrl: string) {
  const options = { upload_dir: uploadDir, private_upload_dir: uploadDir, backend_url: `${publicUrl}/uploads` }
  return {
    resolve: "@medusajs/medusa/file",
    options: { providers: [{ resolve: "@medusajs/medusa/file-local", id: "local", options }] },
  }
}

/** Claims the Redis database for this deployment at startup, and refuses to start if another holds it. */
export function redisDeploymentModule(redisUrl: string, prefix: string) {
  return { resolve: "./src/modules/redis-deployment", options: { redisUrl, prefix } }
}

/** The Caching Module for hot storefront reads: Redis-shared when REDIS_URL is set. */
export function cachingModule(redisUrl: string | undefined, prefix: string) {
  if (!redisUrl) {
    return { resolve: "@medusajs/medusa/caching", options: { in_memory: { enable: true } } }
  }
  return {
    resolve: "@medusajs/medusa/caching",
    options: {
      providers: [
        {
          resolve: "@medusajs/medusa/caching-redis",
          id: "caching-redis",
          is_default: true,
          options: { redisUrl, prefix: `${prefix}mc:` },
        },
      ],
    },
  }
}

/**
 * Medusa's payment module with Stripe card payments (`pp_stripe_stripe`) when STRIPE_API_KEY is
 * set; the system provider is always there.
 */
export function paymentModule(stripe: { apiKey?: string; webhookSecret?: string; apiBaseUrl?: string; capture: boolean }) {
  if (!stripe.apiKey) {
    return []
  }
  return [
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          {
            resolve: "@broadcart/plugin-stripe-payouts/providers/stripe",
            id: "stripe",
            options: {
              apiKey: stripe.apiKey,
              webhookSecret: stripe.webhookSecret,
              apiBaseUrl: stripe.apiBaseUrl,
              capture: stripe.capture,
            },
          },
        ],
      },
    },
  ]
}

/** The time-series store (analytics, chat, video metrics): Cassandra when contact points are set, else PostgreSQL. */
export function timeSeriesModule(cassandra: { contactPoints?: string; dataCenter: string; keyspace: string }) {
  return {
    resolve: "@broadcart/time-series/modules/time-series",
    options: cassandra.contactPoints
      ? {
          cassandra: {
            contactPoints: cassandra.contactPoints
              .split(",")
              .map((p) => p.trim())
              .filter(Boolean),
            localDataCenter: cassandra.dataCenter,
            keyspace: cassandra.keyspace,
          },
        }
      : {},
  }
}
