import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"

export const findMemberLoginStepId = "find-member-login"

/** The auth identity of a member's email-and-password login, or null if it has none. */
export const findMemberLoginStep = createStep(findMemberLoginStepId, async (email: string, { container }) => {
  const [identity] = await container.resolve(Modules.AUTH).listProviderIdentities({ entity_id: email, provider: "emailpass" })
  return new StepResponse(identity?.auth_identity_id ?? null)
})
