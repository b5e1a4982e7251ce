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

export type AdminVendor = {
  id: string
  handle: string
  name: string
  email: string
  status: "pending" | "active" | "suspended"
  status_reason?: string | null
  created_at: string
}

/** Runs an admin action and toasts the success message it returns, or its error. */
export async function runWithToast(action: () => Promise<string>) {
  try {
    toast.success(await action())
  } catch (e) {
    toast.error((e as Error).message)
  }
}
