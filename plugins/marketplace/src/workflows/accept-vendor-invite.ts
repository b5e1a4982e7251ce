import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { acceptInviteStep } from "./steps/accept-invite"
import { createVendorMemberStep } from "./steps/create-vendor-member"

export type AcceptVendorInviteInput = {
  token: string
  email: string
  name?: string | null
  auth_identity_id: string
}

export const acceptVendorInviteWorkflowId = "accept-vendor-invite"

/** Joins an invited login to the vendor's team with the invited role. */
export const acceptVendorInviteWorkflow = createWorkflow(
  acceptVendorInviteWorkflowId,
  (input: AcceptVendorInviteInput) => {
    const invite = acceptInviteStep({ token: input.token, email: input.email })
    const memberInput = transform({ input, invite }, ({ input, invite }) => ({
      vendor_id: invite.vendor_id,
      email: input.email,
      name: input.name,
      role: invite.role,
    }))
    const member = createVendorMemberStep(memberInput)
    setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id, actorType: "vendor", value: member.id })
    return new WorkflowResponse(member)
  }
)
