import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { adminFetch } from "@broadcart/core/admin"
import type { AdminVendor } from "../lib/types"

type Props = { resource: "products" | "orders"; id: string }

/** The vendor that owns a product or an order, with a link to the vendor list. */
export const VendorCard = ({ resource, id }: Props) => {
  const [vendor, setVendor] = useState<AdminVendor | null>()
  const key = resource === "products" ? "product" : "order"

  useEffect(() => {
    adminFetch<Record<string, { vendor?: AdminVendor | null }>>(
      `/admin/${resource}/${id}?fields=id,vendor.id,vendor.name,vendor.handle,vendor.status,vendor.email`
    )
      .then((body) => setVendor(body[key]?.vendor ?? null))
      .catch(() => setVendor(null))
  }, [resource, id, key])

  return (
    <Container className="flex flex-col gap-y-2 px-6 py-4">
      <Heading level="h2">Vendor</Heading>
      {vendor === undefined && <Text size="small">Loading…</Text>}
      {vendor === null && (
        <Text size="small" className="text-ui-fg-subtle">
          Sold by the marketplace itself
        </Text>
      )}
      {vendor && (
        <div className="flex items-center justify-between">
          <div>
            <Link to="/vendors" className="text-ui-fg-interactive txt-compact-small-plus">
              {vendor.name}
            </Link>
            <Text size="small" className="text-ui-fg-subtle">
              {vendor.handle} · {vendor.email}
            </Text>
          </div>
          <Badge size="2xsmall">{vendor.status}</Badge>
        </div>
      )}
    </Container>
  )
}
