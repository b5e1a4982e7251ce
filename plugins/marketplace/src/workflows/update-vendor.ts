import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { VendorEvents } from "../events"
import { updateVendorStep, type UpdateVendorStepInput } from "./steps/update-vendor"

/** The event of a change of status: approval (to active) or suspension; none for other changes. */
const STATUS_EVENTS: Partial<Record<string, string>> = {
  active: VendorEvents.APPROVED,
  suspended: VendorEvents.SUSPENDED,
}

export const updateVendorWorkflowId = "update-vendor"

/** Edits a vendor, and emits vendor.approved / vendor.suspended when its status changes. */
export const updateVendorWorkflow = createWorkflow(updateVendorWorkflowId, (input: UpdateVendorStepInput) => {
  const { vendor, previous } = updateVendorStep(input)
  const statusEvent = transform({ vendor, previous }, ({ vendor, previous }) =>
    vendor.status === previous.status ? null : (STATUS_EVENTS[vendor.status] ?? null)
  )
  when({ statusEvent }, ({ statusEvent }) => !!statusEvent).then(() => {
    emitEventStep({
      eventName: statusEvent as unknown as string,
      data: transform({ vendor }, ({ vendor }) => ({ id: vendor.id, vendor_id: vendor.id })),
    })
  })
  return new WorkflowResponse(vendor)
})
