import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { updateVendorStep, type UpdateVendorStepInput } from "./steps/update-vendor"

export const updateVendorWorkflowId = "update-vendor"

/** Edits a vendor, and emits vendor.approved / vendor.suspended when its status changes. */
export const updateVendorWorkflow = createWorkflow(
  updateVendorWorkflowId,
  (input: UpdateVendorStepInput) => {
    const { vendor, previous } = updateVendorStep(input)
    const statusEvent = transform({ vendor, previous }, ({ vendor, previous }) =>
      vendor.status === previous.status
        ? null
        : vendor.status === "active"
          ? "vendor.approved"
          : `vendor.${vendor.status}`
    )
    when({ statusEvent }, ({ statusEvent }) => !!statusEvent).then(() => {
      emitEventStep({
        eventName: statusEvent as unknown as string,
        data: transform({ vendor }, ({ vendor }) => ({ id: vendor.id, vendor_id: vendor.id })),
      })
    })
    return new WorkflowResponse(vendor)
  }
)
