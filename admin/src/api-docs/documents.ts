import { join } from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, dynamicImport } from "@medusajs/framework/utils"
import type { RealtimeNamespaceDocument } from "@broadcart/core/api-docs"
import { buildAsyncApi } from "./asyncapi"
import { buildOpenApi } from "./openapi"
import { pluginSources, registeredRoutes, schemaBindings, sourceFile, type PluginSource } from "./registered-routes"

export const OPENAPI_PATH = "/openapi.json"
export const ASYNCAPI_PATH = "/asyncapi.json"

function appVersion(rootDirectory: string) {
  try {
    return String(require(join(rootDirectory, "package.json")).version ?? "0.0.0")
  } catch {
    return "0.0.0"
  }
}

async function sourcesOf(container: MedusaContainer) {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const rootDirectory = process.cwd()
  return { rootDirectory, sources: await pluginSources(rootDirectory, config) }
}

/** The OpenAPI 3.1 document of every route the loaded plugins and the app register. */
export async function createOpenApiDocument(container: MedusaContainer) {
  const { rootDirectory, sources } = await sourcesOf(container)
  const routes = (await Promise.all(sources.map(registeredRoutes))).flat()
  const bindings = (await Promise.all(sources.map(schemaBindings))).flat()
  return buildOpenApi(routes, bindings, {
    title: "Broadcart API",
    version: appVersion(rootDirectory),
    description:
      "The routes of Broadcart's plugins and app (Medusa's own routes are documented by Medusa). Request schemas come from the zod validators each plugin binds in its middlewares.ts. The socket.io events are described by the AsyncAPI document at /asyncapi.json.",
    asyncApiUrl: ASYNCAPI_PATH,
  })
}

/** The namespace a plugin describes in `src/realtime/asyncapi.ts`, if it has one. */
async function realtimeNamespaces({ dir }: PluginSource): Promise<RealtimeNamespaceDocument[]> {
  const file = sourceFile(join(dir, "realtime"), "asyncapi")
  if (!file) {
    return []
  }
  const exported = await dynamicImport(file)
  return [exported.default].flat().filter((ns) => typeof ns?.namespace === "string")
}

/** The AsyncAPI 3 document of the socket.io namespaces the loaded plugins describe. */
export async function createAsyncApiDocument(container: MedusaContainer) {
  const { rootDirectory, sources } = await sourcesOf(container)
  const namespaces = (await Promise.all(sources.map(realtimeNamespaces))).flat()
  return buildAsyncApi(namespaces, {
    title: "Broadcart real-time API",
    version: appVersion(rootDirectory),
    description:
      "socket.io events of the platform's real-time server. Each client event is emitted with an acknowledgement callback, whose argument is the reply described here. The HTTP routes are in the OpenAPI document at /openapi.json.",
  })
}

/** Builds a document once per process, on first use: the plugins do not change while it runs. */
export function cachedDocument<T>(create: (container: MedusaContainer) => Promise<T>) {
  let document: Promise<T> | undefined
  return (container: MedusaContainer) => {
    document ??= create(container).catch((e) => {
      document = undefined
      throw e
    })
    return document
  }
}
