import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"

export const validateCartNotCompletedStepId = "validate-cart-not-completed"

/** A cart completed outside the marketplace (Medusa's own flow) cannot be completed again. */
export const validateCartNotCompletedStep = createStep(
  validateCartNotCompletedStepId,
  async ({ cart }: { cart: { id: string; completed_at?: Date | string | null } }) => {
    if (cart.completed_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${cart.id} is already completed`)
    }
  }
)
