import Redis from "ioredis"

/** The key, in each Redis database, naming the one deployment that uses that database. */
export const DEPLOYMENT_KEY = "broadcart:deployment"

/**
 * What makes processes one deployment: the same PostgreSQL database (host, port, name) and the
 * same REDIS_PREFIX. A server and its workers, and every restart, share both; another store does not.
 */
export type DeploymentIdentity = { prefix: string; database: string }

/** The identity of a deployment from its REDIS_PREFIX and DATABASE_URL (credentials left out). */
export function deploymentIdentity(prefix: string, databaseUrl: string | undefined): DeploymentIdentity {
  if (!databaseUrl) {
    return { prefix, database: "none" }
  }
  const url = new URL(databaseUrl)
  const host = url.hostname.toLowerCase() || "localhost"
  return { prefix, database: `${host}:${url.port || "5432"}${url.pathname}` }
}

/** Where a Redis URL points, as the messages name it: `host:port` and the database index. */
function redisTarget(redisUrl: string) {
  const url = new URL(redisUrl)
  const index = Number(url.pathname.slice(1) || url.searchParams.get("db") || 0)
  return { host: `${url.hostname}:${url.port || "6379"}`, index, scheme: url.protocol }
}

/**
 * Claims the Redis database of `redisUrl` for this deployment (SET NX, kept until deleted), or
 * throws naming the deployment that holds it. Claiming again with the same identity succeeds.
 */
export async function claimRedisDatabase(redisUrl: string, identity: DeploymentIdentity): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3 })
  try {
    await redis.connect()
    const mine = JSON.stringify({ ...identity, claimed_at: new Date().toISOString() })
    if ((await redis.set(DEPLOYMENT_KEY, mine, "NX")) === "OK") {
      return
    }
    const raw = await redis.get(DEPLOYMENT_KEY)
    const owner = parseIdentity(raw)
    if (owner && owner.prefix === identity.prefix && owner.database === identity.database) {
      return
    }
    const { host, index, scheme } = redisTarget(redisUrl)
    const other = owner ? `prefix ${owner.prefix}, database ${owner.database}` : `unreadable owner ${JSON.stringify(raw)}`
    throw new Error(
      `Redis database ${index} at ${host} is used by another deployment (${other}): give each deployment ` +
        `its own Redis database index, e.g. ${scheme}//${host}/${index + 1} (this deployment: prefix ` +
        `${identity.prefix}, database ${identity.database}). If that deployment is gone for good, delete the ` +
        `key ${DEPLOYMENT_KEY} in that database (redis-cli -n ${index} DEL ${DEPLOYMENT_KEY}).`
    )
  } finally {
    redis.disconnect()
  }
}

function parseIdentity(raw: string | null): DeploymentIdentity | null {
  try {
    const value = JSON.parse(raw ?? "")
    return typeof value?.prefix === "string" && typeof value?.database === "string" ? value : null
  } catch {
    return null
  }
}
