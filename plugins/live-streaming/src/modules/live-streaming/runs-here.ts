import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { servesTraffic } from "./serving-process"
import type { Resolver } from "./types"

/**
 * Whether this process runs a live server: it serves traffic (shared or server mode, not a worker, a
 * one-off CLI command or a loader-only run), and the server is switched on.
 */
export function runsHere(container: Resolver, switchedOn: boolean, loaderOnly = false) {
  const workerMode = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig?.workerMode ?? "shared"
  return switchedOn && !loaderOnly && workerMode !== "worker" && servesTraffic()
}
