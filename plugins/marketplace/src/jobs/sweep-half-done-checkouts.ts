import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../modules/marketplace"
import type MarketplaceModuleService from "../modules/marketplace/service"
import { CHECKOUT_LOCK_TTL, CHECKOUT_SWEEP_INTERVAL } from "../workflows/orders/checkout-lock"
import { sweepCheckoutWorkflow } from "../workflows/resolve-checkout"

/**
 * Finishes or undoes checkouts a crash left half-done when nobody retries them: every
 * `CHECKOUT_SWEEP_SECONDS` from start-up. Only groups older than the checkout lock are taken
 * (a live checkout holds its cart's lock), and each is settled under that lock.
 */
export default async function sweepHalfDoneCheckouts(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const groups = await container
    .resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    .listOrderGroups(
      { completed_at: null, created_at: { $lt: new Date(Date.now() - CHECKOUT_LOCK_TTL * 1000) } },
      { select: ["id", "cart_id"], take: 100, order: { created_at: "ASC" } }
    )
  for (const group of groups) {
    const { result, errors } = await sweepCheckoutWorkflow(container).run({
      input: { order_group_id: group.id, cart_id: group.cart_id },
      throwOnError: false,
    })
    if (errors?.length) {
      logger.warn(`Half-done checkout of cart ${group.cart_id} not settled yet: ${errors[0].error?.message}`)
    } else {
      logger.info(`Half-done checkout of cart ${group.cart_id}: ${result.outcome}`)
    }
  }
}

export const config = { name: "sweep-half-done-checkouts", schedule: { interval: CHECKOUT_SWEEP_INTERVAL * 1000 } }
