import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, updateInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import type { VendorRequest } from "../../../../../context"
import type { VendorSetStockType } from "../../../../validators"
import { storeDefaults, vendorVariant } from "../../../../helpers"

/** Sets a variant's stock at the store's default location. */
export async function POST(req: VendorRequest<VendorSetStockType>, res: MedusaResponse) {
  const variant = await vendorVariant(req.scope, req.vendor.vendor_id, req.params.id, req.params.variant_id)
  const itemId = variant.inventory_items?.[0]?.inventory_item_id
  if (!variant.manage_inventory || !itemId) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This variant does not track inventory")
  }
  const { locationId } = await storeDefaults(req.scope)
  if (!locationId) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The store has no stock location for its sales channel")
  }
  const level = { inventory_item_id: itemId, location_id: locationId, stocked_quantity: req.validatedBody.stocked_quantity }
  const [existing] = await req.scope.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: itemId, location_id: locationId })
  if (existing) {
    await updateInventoryLevelsWorkflow(req.scope).run({ input: { updates: [{ ...level, id: existing.id }] } })
  } else {
    await createInventoryLevelsWorkflow(req.scope).run({ input: { inventory_levels: [level] } })
  }
  res.json({ inventory_level: level })
}
