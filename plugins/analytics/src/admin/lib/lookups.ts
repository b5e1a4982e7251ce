import { toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch } from "@broadcart/core/admin"

/** An id and display name, for pickers. */
export type NamedOption = { id: string; name: string }

/** Vendors for the scope picker (up to 100). */
export function useVendors() {
  const [vendors, setVendors] = useState<NamedOption[]>([])
  useEffect(() => {
    adminFetch<{ vendors: NamedOption[] }>("/admin/vendors?limit=100&fields=id,name")
      .then((body) => setVendors(body.vendors ?? []))
      .catch((e: Error) => toast.error(e.message))
  }, [])
  return vendors
}

type StoresResponse = { stores: { supported_currencies?: { currency_code: string; is_default?: boolean }[] }[] }

/** The store's supported currency codes and its default; `loaded` once known (or failed, falling back to usd). */
export function useCurrencies() {
  const [state, setState] = useState<{ codes: string[]; defaultCode: string; loaded: boolean }>({ codes: [], defaultCode: "usd", loaded: false })
  useEffect(() => {
    adminFetch<StoresResponse>("/admin/stores")
      .then((body) => {
        const currencies = body.stores?.[0]?.supported_currencies ?? []
        const codes = currencies.map((c) => c.currency_code.toLowerCase())
        const fallback = codes[0] ?? "usd"
        setState({ codes, defaultCode: currencies.find((c) => c.is_default)?.currency_code.toLowerCase() ?? fallback, loaded: true })
      })
      .catch((e: Error) => {
        toast.error(e.message)
        setState({ codes: [], defaultCode: "usd", loaded: true })
      })
  }, [])
  return state
}
