import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, fromIp } from "@broadcart/test-utils"
import { signUpVendor } from "@broadcart/test-utils/marketplace"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    const asAdmin = () => fromIp("10.30.0.1", admin.headers)

    beforeEach(async () => {
      admin = await adminHeaders(getContainer(), api)
    })

    it("signs a vendor up as pending, holds it until an admin approves, then lets it work", async () => {
      const acme = await signUpVendor(api, "Acme Audio")
      expect(acme.vendor).toMatchObject({ name: "Acme Audio", handle: "acme-audio", status: "pending", email: acme.email })
      expect(acme.member).toMatchObject({ email: acme.email, role: "owner", name: "Acme Audio Owner" })

      const me = await api.get("/vendor/me", acme.as())
      expect(me.status).toBe(200)
      expect(me.data.member.vendor.status).toBe("pending")

      const blocked = await api.get("/vendor/products", acme.as())
      expect(blocked.status).toBe(403)
      expect(blocked.data).toEqual({ type: "forbidden", message: "Vendor is pending approval by the marketplace" })

      const pending = await api.get("/admin/vendors?status=pending", asAdmin())
      expect(pending.data.vendors.map((v: any) => v.id)).toEqual([acme.vendor.id])

      const approved = await api.post(`/admin/vendors/${acme.vendor.id}/approve`, {}, asAdmin())
      expect(approved.status).toBe(200)
      expect(approved.data.vendor.status).toBe("active")
      expect((await api.get("/vendor/products", acme.as())).status).toBe(200)

      const store = await api.get(`/admin/vendors/${acme.vendor.id}`, asAdmin())
      expect(store.data.vendor.members.map((m: any) => m.email)).toEqual([acme.email])
    })

    it("refreshes a vendor token", async () => {
      const shop = await signUpVendor(api, "Refresh Shop")
      const refreshed = await api.post("/auth/token/refresh", {}, shop.as())
      expect(refreshed.status).toBe(200)
      const me = await api.get("/vendor/me", fromIp("10.30.0.9", { authorization: `Bearer ${refreshed.data.token}` }))
      expect(me.data.member.id).toBe(shop.member.id)
    })

    it("refuses every vendor route to a suspended vendor's members, with the reason", async () => {
      const shady = await signUpVendor(api, "Shady Deals")
      await api.post(`/admin/vendors/${shady.vendor.id}/approve`, {}, asAdmin())
      const suspended = await api.post(`/admin/vendors/${shady.vendor.id}/suspend`, { reason: "chargebacks" }, asAdmin())
      expect(suspended.data.vendor).toMatchObject({ status: "suspended", status_reason: "chargebacks" })
      for (const [method, path] of [
        ["get", "/vendor/me"],
        ["get", "/vendor/profile"],
        ["get", "/vendor/products"],
        ["post", "/vendor/products"],
      ]) {
        const res = await (api as any)[method](path, ...(method === "post" ? [{}] : []), shady.as())
        expect({ path, status: res.status, message: res.data.message }).toEqual({ path, status: 403, message: "Vendor is suspended: chargebacks" })
      }
      await api.post(`/admin/vendors/${shady.vendor.id}/approve`, {}, asAdmin())
      expect((await api.get("/vendor/me", shady.as())).status).toBe(200)
    })

    it("rejects a second signup with the same login, bad bodies and unauthenticated calls", async () => {
      const one = await signUpVendor(api, "Only Once")
      const again = await api.post("/vendor/vendors", { name: "Twice" }, one.as())
      expect(again.status).toBe(400)
      expect(again.data.message).toBe("This login already belongs to a vendor")

      const register = await api.post("/auth/vendor/emailpass/register", { email: "bad@vendors.test", password: "pw-123456" }, fromIp("10.30.1.1"))
      const reg = fromIp("10.30.1.1", { authorization: `Bearer ${register.data.token}` })
      const unknownField = await api.post("/vendor/vendors", { name: "X", commission: 0 }, reg)
      expect(unknownField.status).toBe(400)
      expect(unknownField.data.type).toBe("invalid_data")
      const badHandle = await api.post("/vendor/vendors", { name: "X", handle: "Not A Handle" }, reg)
      expect(badHandle.status).toBe(400)
      expect(badHandle.data.field).toBe("handle")
      const takenHandle = await api.post("/vendor/vendors", { name: "Only Once" }, reg)
      expect([400, 409, 422]).toContain(takenHandle.status)

      expect((await api.get("/vendor/me", fromIp("10.30.1.2"))).status).toBe(401)
      expect((await api.get("/vendor/me", fromIp("10.30.1.3", admin.headers))).status).toBe(401)
    })

    it("lets owners edit the profile and shows active vendors publicly", async () => {
      const studio = await signUpVendor(api, "Light Studio")
      const edit = await api.post("/vendor/profile", { description: "Lights for streamers" }, studio.as())
      expect(edit.data.vendor.description).toBe("Lights for streamers")

      const [key] = await getContainer()
        .resolve("api_key")
        .createApiKeys([{ title: "store", type: "publishable", created_by: "test" }])
      const store = fromIp("10.30.2.1", { "x-publishable-api-key": key.token })
      expect((await api.get(`/store/vendors/${studio.vendor.handle}`, store)).status).toBe(404)
      await api.post(`/admin/vendors/${studio.vendor.id}/approve`, {}, asAdmin())
      const profile = await api.get(`/store/vendors/${studio.vendor.handle}`, store)
      expect(profile.status).toBe(200)
      expect(profile.data.vendor).toMatchObject({ name: "Light Studio", description: "Lights for streamers", products: [] })
      expect(profile.data.vendor.email).toBeUndefined()
    })
  },
})
