import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { removeVendorMemberStep } from "./steps/remove-vendor-member"

export type RemoveVendorMemberInput = { member_id: string; auth_identity_id?: string }

export const removeVendorMemberWorkflowId = "remove-vendor-member"

/** Removes a member and unbinds its login from the vendor. */
export const removeVendorMemberWorkflow = createWorkflow(
  removeVendorMemberWorkflowId,
  (input: RemoveVendorMemberInput) => {
    const id = removeVendorMemberStep(input.member_id)
    setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id as string, actorType: "vendor", value: null as unknown as string })
    return new WorkflowResponse(id)
  }
)
