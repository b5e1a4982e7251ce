import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { FieldError } from "@broadcart/core/http"

async function exists(req: MedusaRequest, entity: string, id: unknown) {
  if (typeof id !== "string") {
    return false
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields: ["id"], filters: { id } })
  return data.length > 0
}

/** Medusa's cart sub-routes read the cart without checking it exists (a 500): an unknown cart is a 404. */
export async function knownCart(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (!(await exists(req, "cart", req.params.id))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${req.params.id} not found`)
  }
  next()
}

/** `POST /store/shipping-options/:id/calculate` needs a known option and cart, or answers 404. */
export async function knownShippingCalculation(req: MedusaRequest<{ cart_id?: string }>, _res: MedusaResponse, next: MedusaNextFunction) {
  if (!(await exists(req, "shipping_option", req.params.id))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Shipping option ${req.params.id} not found`)
  }
  if (!(await exists(req, "cart", req.body?.cart_id))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${req.body?.cart_id} not found`)
  }
  next()
}

type ReturnBody = { order_id?: string; items?: { id?: string; quantity?: number }[] }

/** A return names at least one item of its order, each no more than was ordered and not yet returned. */
export async function returnableItems(req: MedusaRequest<ReturnBody>, _res: MedusaResponse, next: MedusaNextFunction) {
  const { order_id, items } = req.body ?? {}
  if (!Array.isArray(items) || items.length === 0) {
    throw new FieldError("items", "A return needs at least one item")
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["items.id", "items.detail.quantity", "items.detail.return_requested_quantity", "items.detail.return_received_quantity"],
    filters: { id: order_id },
  })
  items.forEach((item, i) => {
    const ordered = order?.items?.find((line: any) => line?.id === item?.id)
    if (!ordered) {
      throw new FieldError(`items.${i}.id`, `Item ${item?.id} is not part of order ${order_id}`)
    }
    const detail: any = (ordered as any).detail ?? {}
    const taken = MathBN.add(detail.return_requested_quantity ?? 0, detail.return_received_quantity ?? 0)
    // The ordered quantity lives on the item's detail; asked for beside it, `items.quantity` is left out.
    const left = MathBN.convert(detail.quantity ?? 0)
      .minus(taken)
      .toNumber()
    if (typeof item.quantity === "number" && item.quantity > left) {
      throw new FieldError(`items.${i}.quantity`, `At most ${left} of item ${item.id} can be returned`)
    }
  })
  next()
}
