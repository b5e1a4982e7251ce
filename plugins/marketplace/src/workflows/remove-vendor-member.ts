import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { VendorEvents, type VendorMemberEventData } from "../events"
import { validateTeammateStep } from "./steps/validate-teammate"
import { findMemberLoginStep } from "./steps/find-member-login"
import { removeVendorMemberStep } from "./steps/remove-vendor-member"

export type RemoveVendorMemberInput = { vendor_id: string; member_id: string }

export const removeVendorMemberWorkflowId = "remove-vendor-member"

/** Removes a member of the vendor's team (never the owner), unbinds its login, and emits vendor.member_removed. */
export const removeVendorMemberWorkflow = createWorkflow(removeVendorMemberWorkflowId, (input: RemoveVendorMemberInput) => {
  const member = validateTeammateStep({ vendor_id: input.vendor_id, member_id: input.member_id })
  const authIdentityId = findMemberLoginStep(member.email)
  const id = removeVendorMemberStep(member.id)
  when({ authIdentityId }, ({ authIdentityId }) => !!authIdentityId).then(() => {
    setAuthAppMetadataStep({ authIdentityId: authIdentityId as string, actorType: "vendor", value: null as unknown as string })
  })
  emitEventStep({
    eventName: VendorEvents.MEMBER_REMOVED,
    data: transform({ member }, ({ member }): VendorMemberEventData => ({
      id: member.id,
      vendor_id: member.vendor_id,
      role: member.role,
    })),
  })
  return new WorkflowResponse(id)
})
