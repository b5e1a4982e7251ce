import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { VendorEvents, type VendorMemberEventData } from "../events"
import { validateTeammateStep } from "./steps/validate-teammate"
import { updateVendorMemberStep } from "./steps/update-vendor-member"

export type UpdateVendorMemberInput = { vendor_id: string; member_id: string; role: "admin" | "staff" }

export const updateVendorMemberWorkflowId = "update-vendor-member"

/** Changes the role of a member of the vendor's team (never the owner's), and emits vendor.member_role_changed. */
export const updateVendorMemberWorkflow = createWorkflow(updateVendorMemberWorkflowId, (input: UpdateVendorMemberInput) => {
  validateTeammateStep({ vendor_id: input.vendor_id, member_id: input.member_id })
  const member = updateVendorMemberStep({ id: input.member_id, role: input.role })
  emitEventStep({
    eventName: VendorEvents.MEMBER_ROLE_CHANGED,
    data: transform({ input }, ({ input }): VendorMemberEventData => ({
      id: input.member_id,
      vendor_id: input.vendor_id,
      role: input.role,
    })),
  })
  return new WorkflowResponse(member)
})
