export type AdminVendor = {
  id: string
  handle: string
  name: string
  email: string
  status: "pending" | "active" | "suspended"
  status_reason?: string | null
  created_at: string
}
