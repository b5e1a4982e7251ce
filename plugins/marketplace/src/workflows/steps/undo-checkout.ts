import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import type MarketplaceModuleService from "../../modules/marketplace/service"
import type { HalfDoneCheckout } from "./load-half-done-checkout"

export const undoCheckoutStepId = "undo-checkout"

/**
 * Undoes a checkout that was interrupted before its payment was authorized: frees its stock,
 * removes its orders, their links and the group, and opens the cart again. Nothing was emitted
 * (workflow events are released only when a workflow finishes) and promotions are counted only
 * once a checkout finishes, so there is nothing else to take back. Every part is safe to repeat.
 */
export const undoCheckoutStep = createStep(undoCheckoutStepId, async (checkout: HalfDoneCheckout, { container }) => {
  const orderIds = checkout.orders.map((o) => o.id)
  const lineItemIds = checkout.orders.flatMap((o) => o.line_item_ids)
  if (lineItemIds.length) {
    await container.resolve(Modules.INVENTORY).deleteReservationItemsByLineItem(lineItemIds)
  }
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  if (orderIds.length) {
    await link.delete({ [Modules.ORDER]: { order_id: orderIds } })
    await container.resolve(Modules.ORDER).deleteOrders(orderIds)
  }
  await link.delete({ [MARKETPLACE_MODULE]: { order_group_id: checkout.group.id } })
  await container.resolve(Modules.CART).updateCarts(checkout.group.cart_id, { completed_at: null } as any)
  await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).deleteOrderGroups(checkout.group.id)
  return new StepResponse(undefined)
})
