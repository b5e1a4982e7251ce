/** Options of the module: the Redis to claim and this deployment's REDIS_PREFIX. */
export type RedisDeploymentOptions = { redisUrl: string; prefix: string }

/** Holds nothing: the module's work is its loader, which claims the Redis database at startup. */
export default class RedisDeploymentService {}
