import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { VendorEvents, type VendorMemberEventData } from "../events"
import { validateOpenInviteStep } from "./steps/validate-open-invite"
import { acceptInviteStep } from "./steps/accept-invite"
import { createVendorMemberStep } from "./steps/create-vendor-member"

export type AcceptVendorInviteInput = {
  token: string
  email: string
  name?: string | null
  auth_identity_id: string
}

export const acceptVendorInviteWorkflowId = "accept-vendor-invite"

/** Joins an invited login to the vendor's team with the invited role, and emits vendor.member_joined. */
export const acceptVendorInviteWorkflow = createWorkflow(acceptVendorInviteWorkflowId, (input: AcceptVendorInviteInput) => {
  const invite = validateOpenInviteStep({ token: input.token, email: input.email })
  acceptInviteStep(invite.id)
  const memberInput = transform({ input, invite }, ({ input, invite }) => ({
    vendor_id: invite.vendor_id,
    email: input.email,
    name: input.name,
    role: invite.role,
  }))
  const member = createVendorMemberStep(memberInput)
  setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id, actorType: "vendor", value: member.id })
  emitEventStep({
    eventName: VendorEvents.MEMBER_JOINED,
    data: transform({ member }, ({ member }): VendorMemberEventData => ({
      id: member.id,
      vendor_id: member.vendor_id,
      role: member.role,
    })),
  })
  return new WorkflowResponse(member)
})
