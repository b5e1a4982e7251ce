import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { splitAndCompleteCartWorkflowId } from "../../../../../workflows/split-and-complete-cart"
import { retrieveOrderGroup } from "../../../order-groups/helpers"

/** Errors after which the customer can fix the payment and retry: answered with the cart, as Medusa does. */
const RETRYABLE = [MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR]

/**
 * Replaces Medusa's cart completion: one order per vendor under one order group and one payment.
 * Answers like Medusa (`type: "order"` with the first order) plus the whole `order_group`.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const engine = req.scope.resolve(Modules.WORKFLOW_ENGINE)
  const { errors, result, transaction } = await engine.run(splitAndCompleteCartWorkflowId, {
    input: { id: req.params.id },
    throwOnError: false,
  })
  if (!transaction.hasFinished()) {
    throw new MedusaError(MedusaError.Types.CONFLICT, "Cart is already being completed by another request")
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const error = errors?.[0]?.error
  if (error) {
    if (!RETRYABLE.includes(error.type)) {
      throw error
    }
    const {
      data: [cart],
    } = await query.graph({ entity: "cart", fields: ["*", "items.*", "payment_collection.*"], filters: { id: req.params.id } })
    res.json({ type: "cart", cart, error: { message: error.message, name: error.name, type: error.type } })
    return
  }
  const order_group = await retrieveOrderGroup(req.scope, result.id)
  const firstId = order_group.orders?.[0]?.id
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: req.queryConfig.fields, filters: { id: firstId } })
  res.json({ type: "order", order, order_group })
}
