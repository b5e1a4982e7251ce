import { useEffect, useState } from "react"
import { adminFetch } from "@broadcart/core/admin"

/** Formats a count (orders, units, views) with the locale's grouping. */
export const count = (n: number | null | undefined) => new Intl.NumberFormat().format(Number(n ?? 0))

/** Formats a ratio (0.125) as a percentage (12.5%); "—" when there is none. */
export const percent = (ratio: number | null | undefined) =>
  ratio == null ? "—" : new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 1 }).format(ratio)

/** The result of a GET: data for the current path only, its error message, and whether it is still loading. */
export type Loaded<T> = { data?: T; error?: string; loading: boolean }

/** GETs `path` and again whenever it changes (null waits); answers to superseded paths are ignored. */
export function useAdminGet<T>(path: string | null): Loaded<T> {
  const [state, setState] = useState<{ path?: string; data?: T; error?: string }>({})
  useEffect(() => {
    if (!path) {
      return
    }
    let current = true
    adminFetch<T>(path)
      .then((data) => current && setState({ path, data }))
      .catch((e: Error) => current && setState({ path, error: e.message }))
    return () => {
      current = false
    }
  }, [path])
  const settled = !!path && state.path === path
  return { data: settled ? state.data : undefined, error: settled ? state.error : undefined, loading: !settled }
}
