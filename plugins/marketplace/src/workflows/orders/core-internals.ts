import { dirname, join } from "node:path"
import { requirePinnedVersion } from "@broadcart/core/compat"

/*
 * Helpers of Medusa's own cart completion that @medusajs/core-flows does not export. We load them
 * from its dist so split orders are built exactly like Medusa's orders. They are internals, so the
 * installed version must be the one this adapter was written against: checked at load, and a
 * missing file fails at startup too, not at checkout.
 */
requirePinnedVersion("@medusajs/core-flows", "2.21.2", __filename)

const coreFlowsDist = dirname(require.resolve("@medusajs/core-flows"))
const load = (path: string) => require(join(coreFlowsDist, path))

export const { completeCartFields } = load("cart/utils/fields") as { completeCartFields: string[] }
export const { prepareLineItemData, prepareTaxLinesData, prepareAdjustmentsData } = load("cart/utils/prepare-line-item-data") as Record<
  "prepareLineItemData" | "prepareTaxLinesData" | "prepareAdjustmentsData",
  (input: any) => any
>
export const { prepareConfirmInventoryInput } = load("cart/utils/prepare-confirm-inventory-input") as {
  prepareConfirmInventoryInput: (input: any) => any
}
export const { registerUsageStep } = load("promotion/steps/register-usage") as { registerUsageStep: any }
