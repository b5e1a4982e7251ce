import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"

export const validateVendorsActiveStepId = "validate-vendors-active"

/** A cart cannot be completed with items of a vendor that is pending or suspended. */
export const validateVendorsActiveStep = createStep(
  validateVendorsActiveStepId,
  async ({ links }: { links: { vendor?: { name: string; status: string } | null }[] }) => {
    const inactive = [...new Set(links.filter((l) => l.vendor && l.vendor.status !== "active").map((l) => l.vendor!.name))]
    if (inactive.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Items sold by ${inactive.join(", ")} are no longer available; remove them from the cart`)
    }
  }
)
