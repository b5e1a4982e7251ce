import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { join } from "node:path"
import { MARKETPLACE_MODULE } from ".."
import type MarketplaceModuleService from "../service"

jest.setTimeout(30_000)

moduleIntegrationTestRunner<MarketplaceModuleService>({
  moduleName: MARKETPLACE_MODULE,
  resolve: join(__dirname, ".."),
  moduleOptions: { inviteTtlHours: 1 },
  testSuite: ({ service }) => {
    let vendorId: string

    beforeEach(async () => {
      const vendor = await service.createVendors({ name: "Acme", handle: "acme", email: "acme@test.io" })
      vendorId = vendor.id
    })

    it("creates vendors pending, with prefixed ids and unique handles", async () => {
      const [vendor] = await service.listVendors({ id: vendorId })
      expect(vendor).toMatchObject({ status: "pending", handle: "acme" })
      expect(vendor.id).toMatch(/^vend_/)
      await expect(service.createVendors({ name: "Acme 2", handle: "acme", email: "b@test.io" })).rejects.toThrow(/already exists/)
    })

    it("stores invitations hashed and accepts each token once, for its email, before it expires", async () => {
      const { invite, token } = await service.issueInvite(vendorId, "New@Acme.io", "staff")
      expect(invite.token_hash).not.toContain(token)
      expect(invite.email).toBe("new@acme.io")
      expect(new Date(invite.expires_at).getTime() - Date.now()).toBeGreaterThan(59 * 60_000)

      expect((await service.findOpenInvite(token, "NEW@acme.io")).id).toBe(invite.id)
      await expect(service.findOpenInvite(token, "other@acme.io")).rejects.toThrow("Invitation was issued to another email")
      await expect(service.findOpenInvite("wrong-token", "new@acme.io")).rejects.toThrow("Invitation not found")

      await service.updateVendorInvites({ id: invite.id, accepted_at: new Date() })
      await expect(service.findOpenInvite(token, "new@acme.io")).rejects.toThrow("Invitation was already accepted")

      const expired = await service.issueInvite(vendorId, "late@acme.io", "admin")
      await service.updateVendorInvites({ id: expired.invite.id, expires_at: new Date(Date.now() - 1000) })
      await expect(service.findOpenInvite(expired.token, "late@acme.io")).rejects.toThrow("Invitation has expired")
    })

    it("rejects bad plugin options at load", async () => {
      const Service = service.constructor as new (...args: unknown[]) => MarketplaceModuleService
      expect(() => new Service({}, { inviteTtlHours: -1 })).toThrow(/@broadcart\/plugin-marketplace: option "inviteTtlHours"/)
    })
  },
})
