import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Select, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { adminFetch, runWithToast } from "@broadcart/core/admin"
import type { AdminVendor } from "../../lib/types"

const STATUS_COLOR = { pending: "orange", active: "green", suspended: "red" } as const

/** Vendors: list by status, approve pending vendors, suspend or reinstate active ones. */
const VendorsPage = () => {
  const [status, setStatus] = useState("all")
  const [vendors, setVendors] = useState<AdminVendor[]>([])
  const [busy, setBusy] = useState<string>()

  const load = useCallback(() => {
    const filter = status === "all" ? "" : `&status=${status}`
    adminFetch<{ vendors: AdminVendor[] }>(`/admin/vendors?limit=100${filter}`)
      .then((body) => setVendors(body.vendors))
      .catch((e: Error) => toast.error(e.message))
  }, [status])

  useEffect(load, [load])

  const act = async (vendor: AdminVendor, action: "approve" | "suspend") => {
    setBusy(vendor.id)
    await runWithToast(async () => {
      await adminFetch(`/admin/vendors/${vendor.id}/${action}`, { method: "POST", body: "{}" })
      load()
      return `${vendor.name} ${action === "approve" ? "approved" : "suspended"}`
    })
    setBusy(undefined)
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h1">Vendors</Heading>
        <div className="w-48">
          <Select value={status} onValueChange={setStatus}>
            <Select.Trigger>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {["all", "pending", "active", "suspended"].map((s) => (
                <Select.Item key={s} value={s}>
                  {s}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Name</Table.HeaderCell>
            <Table.HeaderCell>Handle</Table.HeaderCell>
            <Table.HeaderCell>Email</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {vendors.map((vendor) => (
            <Table.Row key={vendor.id}>
              <Table.Cell>{vendor.name}</Table.Cell>
              <Table.Cell>{vendor.handle}</Table.Cell>
              <Table.Cell>{vendor.email}</Table.Cell>
              <Table.Cell>
                <Badge color={STATUS_COLOR[vendor.status]} size="2xsmall">
                  {vendor.status}
                </Badge>
              </Table.Cell>
              <Table.Cell className="text-right">
                {vendor.status === "active" ? (
                  <Button size="small" variant="danger" isLoading={busy === vendor.id} onClick={() => act(vendor, "suspend")}>
                    Suspend
                  </Button>
                ) : (
                  <Button size="small" isLoading={busy === vendor.id} onClick={() => act(vendor, "approve")}>
                    {vendor.status === "pending" ? "Approve" : "Reinstate"}
                  </Button>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {!vendors.length && <Text className="px-6 py-4 text-ui-fg-subtle">No vendors with this status.</Text>}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Vendors", icon: BuildingStorefront })

export default VendorsPage
