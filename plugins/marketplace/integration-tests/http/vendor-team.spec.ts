import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { fromIp, recordEvents } from "@broadcart/test-utils"
import { signUpActiveVendor } from "@broadcart/test-utils/marketplace"
import { VendorEvents } from "../../src/events"

jest.setTimeout(120_000)

/** Retries `check` until it passes: events reach subscribers a moment after the answer. */
async function eventually<T>(check: () => T, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs
  for (;;) {
    try {
      return check()
    } catch (error) {
      if (Date.now() > until) {
        throw error
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const activeVendor = (name: string) => signUpActiveVendor(api, getContainer(), name)

    /** Registers a login for `email`, accepts the invitation with it, and logs in. */
    async function join(email: string, token: string, ip: string) {
      const register = await api.post("/auth/vendor/emailpass/register", { email, password: "member-pass-1" }, fromIp(ip))
      const accepted = await api.post("/vendor/invites/accept", { token, name: "New Member" }, fromIp(ip, { authorization: `Bearer ${register.data.token}` }))
      if (accepted.status !== 201) {
        return { accepted }
      }
      const login = await api.post("/auth/vendor/emailpass", { email, password: "member-pass-1" }, fromIp(ip))
      return { accepted, as: () => fromIp(ip, { authorization: `Bearer ${login.data.token}` }) }
    }

    it("invites, joins, changes roles and removes members, with role checks", async () => {
      const a = await activeVendor("Team Shop")
      const invite = await api.post("/vendor/invites", { email: "Staff@Team.test", role: "staff" }, a.as())
      expect(invite.status).toBe(201)
      expect(invite.data.invite).toMatchObject({ email: "staff@team.test", role: "staff" })
      expect(invite.data.invite.token_hash).toBeUndefined()
      const open = await api.get("/vendor/invites", a.as())
      expect(open.data.invites.map((i: any) => i.email)).toEqual(["staff@team.test"])

      const wrongEmail = await join("intruder@team.test", invite.data.token, "10.50.1.1")
      expect(wrongEmail.accepted.status).toBe(400)
      expect(wrongEmail.accepted.data.message).toBe("Invitation was issued to another email")

      const staff = await join("staff@team.test", invite.data.token, "10.50.1.2")
      expect(staff.accepted.status).toBe(201)
      expect(staff.accepted.data.member).toMatchObject({ role: "staff", vendor_id: a.vendor.id })
      const me = await api.get("/vendor/me", staff.as!())
      expect(me.data.member.vendor.id).toBe(a.vendor.id)

      expect((await api.get("/vendor/invites", a.as())).data.count).toBe(0)
      const garbage = await join("other@team.test", "not-a-real-token-123", "10.50.1.4")
      expect(garbage.accepted.status).toBe(404)

      const staffId = staff.accepted.data.member.id
      expect((await api.post("/vendor/invites", { email: "x@team.test" }, staff.as!())).status).toBe(403)
      expect((await api.post(`/vendor/members/${staffId}`, { role: "admin" }, staff.as!())).status).toBe(403)

      const promoted = await api.post(`/vendor/members/${staffId}`, { role: "admin" }, a.as())
      expect(promoted.data.member.role).toBe("admin")
      expect((await api.post("/vendor/invites", { email: "y@team.test" }, staff.as!())).status).toBe(201)

      const members = await api.get("/vendor/members", a.as())
      expect(members.data.members.map((m: any) => m.role)).toEqual(["owner", "admin"])
      const owner = members.data.members[0].id
      expect((await api.delete(`/vendor/members/${owner}`, staff.as!())).status).toBe(400)
      expect((await api.post(`/vendor/members/${staffId}`, { role: "owner" }, a.as())).status).toBe(400)

      const removed = await api.delete(`/vendor/members/${staffId}`, a.as())
      expect(removed.data).toEqual({ id: staffId, object: "vendor_member", deleted: true })
      expect((await api.get("/vendor/me", staff.as!())).status).toBe(401)
      expect((await api.get("/vendor/members", a.as())).data.count).toBe(1)
    })

    it("isolates teams: vendor B gets 404 on A's members and changes nothing", async () => {
      const a = await activeVendor("Team A")
      const b = await activeVendor("Team B")
      const invite = await api.post("/vendor/invites", { email: "member@team-a.test" }, a.as())
      const member = await join("member@team-a.test", invite.data.token, "10.50.2.1")
      const id = member.accepted.data.member.id
      const cases: [string, unknown?][] = [["post", { role: "admin" }], ["delete"]]
      for (const [method, body] of cases) {
        const res = body ? await (api as any)[method](`/vendor/members/${id}`, body, b.as()) : await (api as any)[method](`/vendor/members/${id}`, b.as())
        expect({ method, status: res.status }).toEqual({ method, status: 404 })
      }
      expect((await api.get("/vendor/members", b.as())).data.members.map((m: any) => m.id)).not.toContain(id)
      const teamA = await api.get("/vendor/members", a.as())
      expect(teamA.data.members.find((m: any) => m.id === id).role).toBe("staff")
      console.log(`Isolation: ${cases.length + 1} member cases tried as vendor B`)
    })

    describe("team events", () => {
      let events: { name: string; data: any }[]
      beforeAll(() => {
        events = recordEvents(getContainer(), [
          VendorEvents.INVITE_CREATED,
          VendorEvents.MEMBER_JOINED,
          VendorEvents.MEMBER_ROLE_CHANGED,
          VendorEvents.MEMBER_REMOVED,
        ])
      })
      const eventOf = (name: string, vendorId: string) =>
        eventually(() => {
          const found = events.filter((e) => e.name === name && e.data.vendor_id === vendorId)
          expect(found).toHaveLength(1)
          return found[0].data
        })

      /** An active vendor with one invited staff member who has joined. */
      async function teamWithStaff(name: string, ip: string) {
        const owner = await activeVendor(name)
        const email = `staff-${ip.replace(/\./g, "-")}@team.test`
        const invite = await api.post("/vendor/invites", { email, role: "staff" }, owner.as())
        const staff = await join(email, invite.data.token, ip)
        return { owner, staffId: staff.accepted.data.member.id as string }
      }

      it("emits vendor.invite_created with the invitation and its one-time token", async () => {
        const a = await activeVendor("Invite Events")
        const invite = await api.post("/vendor/invites", { email: "New@Events.test", role: "admin" }, a.as())
        expect(await eventOf(VendorEvents.INVITE_CREATED, a.vendor.id)).toEqual({
          id: invite.data.invite.id,
          vendor_id: a.vendor.id,
          email: "new@events.test",
          role: "admin",
          token: invite.data.token,
        })
      })

      it("emits vendor.member_joined when an invitation is accepted", async () => {
        const { owner, staffId } = await teamWithStaff("Join Events", "10.50.3.1")
        expect(await eventOf(VendorEvents.MEMBER_JOINED, owner.vendor.id)).toEqual({ id: staffId, vendor_id: owner.vendor.id, role: "staff" })
      })

      it("emits vendor.member_role_changed when a member's role changes", async () => {
        const { owner, staffId } = await teamWithStaff("Role Events", "10.50.3.2")
        await api.post(`/vendor/members/${staffId}`, { role: "admin" }, owner.as())
        expect(await eventOf(VendorEvents.MEMBER_ROLE_CHANGED, owner.vendor.id)).toEqual({ id: staffId, vendor_id: owner.vendor.id, role: "admin" })
      })

      it("emits vendor.member_removed when a member is removed, and nothing for refused changes", async () => {
        const { owner, staffId } = await teamWithStaff("Removal Events", "10.50.3.3")
        const other = await activeVendor("Removal Outsider")
        expect((await api.delete(`/vendor/members/${staffId}`, other.as())).status).toBe(404)
        await api.delete(`/vendor/members/${staffId}`, owner.as())
        expect(await eventOf(VendorEvents.MEMBER_REMOVED, owner.vendor.id)).toEqual({ id: staffId, vendor_id: owner.vendor.id, role: "staff" })
        expect(events.filter((e) => e.data.vendor_id === other.vendor.id)).toEqual([])
      })
    })
  },
})
