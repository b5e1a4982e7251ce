import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MathBN, MedusaError, Modules } from "@medusajs/framework/utils"

export const cancelReturnFulfillmentsStepId = "cancel-return-fulfillments"

/**
 * Before a return request is rejected, cancels its return shipment (the label the customer was
 * to use). Refuses, changing nothing, when any item of the return was already received.
 * A canceled shipment cannot be reopened, so this step has nothing to undo.
 */
export const cancelReturnFulfillmentsStep = createStep(cancelReturnFulfillmentsStepId, async ({ return_id }: { return_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [ret],
  } = await query.graph({
    entity: "return",
    fields: ["id", "status", "items.received_quantity", "fulfillments.id", "fulfillments.canceled_at"],
    filters: { id: return_id },
  })
  if (!ret) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Return ${return_id} not found`)
  }
  if ((ret.items ?? []).some((i: any) => MathBN.gt(i?.received_quantity ?? 0, 0))) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Items of this return were already received; it can no longer be rejected")
  }
  const open = (ret.fulfillments ?? []).filter((f: any) => f && !f.canceled_at).map((f: any) => f.id)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  for (const id of open) {
    await fulfillment.cancelFulfillment(id)
  }
  return new StepResponse(open)
})
