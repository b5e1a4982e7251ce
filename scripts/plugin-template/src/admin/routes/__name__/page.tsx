import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"

type Item = { id: string; title: string; created_at: string }

/** __Title__: the items the store holds, newest last. */
const __Name__Page = () => {
  const [items, setItems] = useState<Item[]>([])
  const [error, setError] = useState<string>()

  useEffect(() => {
    fetch("/admin/__name__", { credentials: "include" })
      .then(async (res) => (res.ok ? setItems((await res.json()).items) : setError(`Request failed (${res.status})`)))
      .catch((e: Error) => setError(e.message))
  }, [])

  return (
    <Container className="divide-y p-0">
      <Heading level="h1" className="px-6 py-4">
        __Title__
      </Heading>
      {error ? (
        <Text className="px-6 py-4">{error}</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Title</Table.HeaderCell>
              <Table.HeaderCell>Created</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {items.map((item) => (
              <Table.Row key={item.id}>
                <Table.Cell>{item.title}</Table.Cell>
                <Table.Cell>{new Date(item.created_at).toLocaleString()}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "__Title__" })

export default __Name__Page
