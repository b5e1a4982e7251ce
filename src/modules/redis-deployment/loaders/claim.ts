import { container } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { LoaderOptions } from "@medusajs/framework/types"
import { claimRedisDatabase, deploymentIdentity } from "../claim"
import type { RedisDeploymentOptions } from "../service"

/**
 * Runs while modules load, before the event bus and workflow engine start consuming (they do on
 * application start), so a second deployment on this Redis database stops before it takes a job.
 */
export default async function claimLoader({ options }: LoaderOptions<RedisDeploymentOptions>) {
  const { redisUrl, prefix } = options!
  // The database Medusa really uses: the test runner, for one, sets it after medusa-config is read.
  const databaseUrl = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.databaseUrl
  await claimRedisDatabase(redisUrl, deploymentIdentity(prefix, databaseUrl))
}
