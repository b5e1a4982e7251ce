import { toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch } from "@broadcart/core/admin"

/** An id and display name, for pickers and readable labels. */
export type NamedOption = { id: string; name: string }

/** Loads up to 100 named records from a list endpoint (e.g. vendors, product categories). */
function useNamedList(path: string, key: string) {
  const [items, setItems] = useState<NamedOption[]>([])
  useEffect(() => {
    adminFetch<Record<string, NamedOption[]>>(path)
      .then((body) => setItems(body[key] ?? []))
      .catch((e: Error) => toast.error(e.message))
  }, [path, key])
  return items
}

/** Vendors for pickers and for naming a vendor id. */
export const useVendors = () => useNamedList("/admin/vendors?limit=100&fields=id,name,handle", "vendors")

/** Product categories for pickers and for naming a category id. */
export const useCategories = () => useNamedList("/admin/product-categories?limit=100&fields=id,name", "product_categories")

/** The name of `id` among `items`, or the id itself when unknown. */
export const nameOf = (items: NamedOption[], id: string | null | undefined) => (id ? (items.find((i) => i.id === id)?.name ?? id) : "")
