import type { MedusaContainer } from "@medusajs/framework/types"
import { adminHeaders, fromIp } from "../admin"

let counter = 0

/** Registers a vendor login, signs the vendor up and logs in; returns its headers and vendor. */
export async function signUpVendor(api: any, name: string, password = "vendor-pass-1") {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${++counter}@vendors.test`
  const ip = `10.20.${counter % 250}.1`
  const register = await api.post("/auth/vendor/emailpass/register", { email, password }, fromIp(ip))
  expect(register.status).toBe(200)
  const signup = await api.post("/vendor/vendors", { name, owner_name: `${name} Owner` }, fromIp(ip, { authorization: `Bearer ${register.data.token}` }))
  expect(signup.status).toBe(201)
  const login = await api.post("/auth/vendor/emailpass", { email, password }, fromIp(ip))
  expect(login.status).toBe(200)
  return {
    email,
    password,
    vendor: signup.data.vendor,
    member: signup.data.member,
    as: (extra: Record<string, string> = {}) => fromIp(ip, { authorization: `Bearer ${login.data.token}`, ...extra }),
  }
}

/** Signs a vendor up and has an admin approve it. */
export async function signUpActiveVendor(api: any, container: MedusaContainer, name: string) {
  const vendor = await signUpVendor(api, name)
  const admin = await adminHeaders(container, api)
  await api.post(`/admin/vendors/${vendor.vendor.id}/approve`, {}, fromIp("10.60.0.1", admin.headers))
  return vendor
}
