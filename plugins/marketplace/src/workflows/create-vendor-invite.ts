import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { VendorEvents, type VendorInviteCreatedData } from "../events"
import { validateVendorActiveStep } from "./steps/validate-vendor-active"
import { createVendorInviteStep, type CreateVendorInviteStepInput } from "./steps/create-vendor-invite"

export const createVendorInviteWorkflowId = "create-vendor-invite"

/**
 * Invites someone to an active vendor's team. The one-time token is returned and sent with
 * `vendor.invite_created`, for a notifications plugin to mail.
 */
export const createVendorInviteWorkflow = createWorkflow(createVendorInviteWorkflowId, (input: CreateVendorInviteStepInput) => {
  validateVendorActiveStep(input.vendor_id)
  const created = createVendorInviteStep(input)
  emitEventStep({
    eventName: VendorEvents.INVITE_CREATED,
    data: transform({ input, created }, ({ input, created }): VendorInviteCreatedData => ({
      id: created.invite.id,
      vendor_id: input.vendor_id,
      email: created.invite.email,
      role: input.role,
      token: created.token,
    })),
  })
  return new WorkflowResponse(created)
})
