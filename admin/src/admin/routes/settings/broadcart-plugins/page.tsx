import { defineRouteConfig } from "@medusajs/admin-sdk"
import { PuzzleSolid } from "@medusajs/icons"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"

type Plugin = {
  name: string
  version?: string
  options_schema: {
    properties?: Record<string, { type?: string; description?: string; default?: unknown }>
  }
  options: Record<string, unknown>
}

const show = (value: unknown) => (value === undefined ? "—" : JSON.stringify(value))

/** Settings page listing Broadcart plugins and their options, rendered from each schema. */
const BroadcartPluginsPage = () => {
  const [plugins, setPlugins] = useState<Plugin[]>()
  const [error, setError] = useState<string>()

  useEffect(() => {
    fetch("/admin/broadcart/plugins", { credentials: "include" })
      .then(async (r) => (r.ok ? r.json() : Promise.reject(new Error((await r.json()).message))))
      .then((body) => setPlugins(body.plugins))
      .catch((e: Error) => setError(e.message))
  }, [])

  return (
    <div className="flex flex-col gap-y-3">
      {error && <Text className="text-ui-fg-error">{error}</Text>}
      {(plugins ?? []).map((plugin) => (
        <Container key={plugin.name} className="divide-y p-0">
          <div className="flex items-center justify-between px-6 py-4">
            <Heading level="h2">{plugin.name}</Heading>
            <Badge size="2xsmall">{plugin.version ?? "unknown version"}</Badge>
          </div>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Option</Table.HeaderCell>
                <Table.HeaderCell>Type</Table.HeaderCell>
                <Table.HeaderCell>Value</Table.HeaderCell>
                <Table.HeaderCell>Default</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {Object.entries(plugin.options_schema.properties ?? {}).map(([key, field]) => (
                <Table.Row key={key} title={field.description}>
                  <Table.Cell>{key}</Table.Cell>
                  <Table.Cell>{field.type ?? "any"}</Table.Cell>
                  <Table.Cell>{show(plugin.options[key])}</Table.Cell>
                  <Table.Cell>{show(field.default)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </Container>
      ))}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Broadcart plugins", icon: PuzzleSolid })

export default BroadcartPluginsPage
