import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { VendorEvents } from "../events"
import { createVendorStep, type CreateVendorStepInput } from "./steps/create-vendor"
import { createVendorMemberStep } from "./steps/create-vendor-member"

export type CreateVendorWorkflowInput = {
  vendor: CreateVendorStepInput
  owner: { email: string; name?: string | null }
  auth_identity_id: string
}

export const createVendorWorkflowId = "create-vendor"

/** Signs a vendor up: the vendor, its owner member, and the owner's login bound to that member. */
export const createVendorWorkflow = createWorkflow(createVendorWorkflowId, (input: CreateVendorWorkflowInput) => {
  const vendor = createVendorStep(input.vendor)
  const memberInput = transform({ input, vendor }, ({ input, vendor }) => ({
    vendor_id: vendor.id,
    email: input.owner.email,
    name: input.owner.name,
    role: "owner" as const,
  }))
  const member = createVendorMemberStep(memberInput)
  setAuthAppMetadataStep({
    authIdentityId: input.auth_identity_id,
    actorType: "vendor",
    value: member.id,
  })
  emitEventStep({
    eventName: VendorEvents.CREATED,
    data: transform({ vendor }, ({ vendor }) => ({ id: vendor.id, vendor_id: vendor.id })),
  })
  return new WorkflowResponse({ vendor, member })
})
