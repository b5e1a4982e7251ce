import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { fromIp } from "@broadcart/test-utils"
import { signUpActiveVendor } from "@broadcart/test-utils/marketplace"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const activeVendor = (name: string) => signUpActiveVendor(api, getContainer(), name)

    /** Registers a login for `email`, accepts the invitation with it, and logs in. */
    async function join(email: string, token: string, ip: string) {
      const register = await api.post("/auth/vendor/emailpass/register", { email, password: "member-pass-1" }, fromIp(ip))
      const accepted = await api.post(
        "/vendor/invites/accept",
        { token, name: "New Member" },
        fromIp(ip, { authorization: `Bearer ${register.data.token}` })
      )
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
        const res = body
          ? await (api as any)[method](`/vendor/members/${id}`, body, b.as())
          : await (api as any)[method](`/vendor/members/${id}`, b.as())
        expect({ method, status: res.status }).toEqual({ method, status: 404 })
      }
      expect((await api.get("/vendor/members", b.as())).data.members.map((m: any) => m.id)).not.toContain(id)
      const teamA = await api.get("/vendor/members", a.as())
      expect(teamA.data.members.find((m: any) => m.id === id).role).toBe("staff")
      console.log(`Isolation: ${cases.length + 1} member cases tried as vendor B`)
    })
  },
})
