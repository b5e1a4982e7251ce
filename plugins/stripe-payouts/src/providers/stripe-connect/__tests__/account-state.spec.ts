import { accountStatus } from "../account-state"

const base = {
  payouts_enabled: false,
  details_submitted: false,
  capabilities: { transfers: "inactive" },
  requirements: { past_due: [], disabled_reason: null },
} as any

describe("accountStatus", () => {
  it("is pending while onboarding is unfinished, even with requirements due", () => {
    expect(accountStatus(base)).toBe("pending")
    expect(accountStatus({ ...base, requirements: { past_due: ["external_account"], disabled_reason: "requirements.past_due" } })).toBe("pending")
  })

  it("is active once transfers and payouts are enabled", () => {
    expect(accountStatus({ ...base, details_submitted: true, payouts_enabled: true, capabilities: { transfers: "active" } })).toBe("active")
  })

  it("is restricted when Stripe disables a submitted account or requirements are past due", () => {
    const submitted = { ...base, details_submitted: true }
    expect(accountStatus({ ...submitted, requirements: { past_due: [], disabled_reason: "rejected.fraud" } })).toBe("restricted")
    expect(accountStatus({ ...submitted, requirements: { past_due: ["individual.id_number"], disabled_reason: null } })).toBe("restricted")
    expect(accountStatus({ ...submitted, payouts_enabled: true, capabilities: { transfers: "inactive" }, requirements: { past_due: ["x"] } })).toBe(
      "restricted"
    )
  })
})
