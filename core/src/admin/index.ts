// Helpers for plugins' admin extensions (bundled by Vite into Medusa's dashboard): browser code
// only, no Node or server imports. Shipped as ESM (dist/admin/index.mjs) for the bundler.
import { toast } from "@medusajs/ui"

/** JSON fetch against the admin API with the dashboard's session; throws the API's message. */
export async function adminFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(path, {
    credentials: "include",
    ...init,
    headers: { "content-type": "application/json", ...(init.headers ?? {}) },
  })
  const body = await res.json().catch(() => ({}))
  if (!res.ok) {
    throw new Error(body.message ?? `Request failed (${res.status})`)
  }
  return body as T
}

/** Formats a major-unit amount (12.5 = $12.50) in the given currency; "—" without a currency. */
export const money = (amount: number | string | null | undefined, currency?: string | null) =>
  currency ? new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() }).format(Number(amount ?? 0)) : "—"

/** Runs an admin action and toasts the success message it returns, or its error. */
export async function runWithToast(action: () => Promise<string>) {
  try {
    toast.success(await action())
  } catch (e) {
    toast.error((e as Error).message)
  }
}
