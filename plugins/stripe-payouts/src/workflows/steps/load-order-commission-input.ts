import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PAYOUTS_MODULE } from "../../modules/payouts"
import type PayoutsModuleService from "../../modules/payouts/service"
import type { OrderForCommission, RuleLike } from "../../modules/payouts/utils/commission"
import { toNumber } from "../../modules/payouts/utils/money"

export type OrderCommissionInput = {
  order: OrderForCommission & { id: string; total: number; order_group_id: string | null }
  rules: RuleLike[]
  fallback: RuleLike
}

export const loadOrderCommissionInputStepId = "load-order-commission-input"

/** Reads a vendor order's lines (with their products' categories) and the rules that may apply. */
export const loadOrderCommissionInputStep = createStep(
  loadOrderCommissionInputStepId,
  async (input: { order_id: string; vendor_id: string; order_group_id: string | null }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const payouts: PayoutsModuleService = container.resolve(PAYOUTS_MODULE)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "currency_code",
        "total",
        "shipping_total",
        "shipping_tax_total",
        "items.id",
        "items.product_id",
        "items.quantity",
        "items.total",
        "items.tax_total",
      ],
      filters: { id: input.order_id },
    })
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} not found`)
    }
    const productIds = [...new Set((order.items ?? []).map((i: any) => i?.product_id).filter(Boolean))] as string[]
    const { data: products } = productIds.length
      ? await query.graph({ entity: "product", fields: ["id", "categories.id"], filters: { id: productIds } })
      : { data: [] as any[] }
    const categoriesOf = new Map(products.map((p: any) => [p.id, (p.categories ?? []).map((c: any) => c.id)]))
    const categoryIds = [...new Set([...categoriesOf.values()].flat())] as string[]
    const rules = await payouts.listCommissionRules({
      is_active: true,
      $and: [{ $or: [{ vendor_id: input.vendor_id }, { vendor_id: null }] }, { $or: [{ product_category_id: categoryIds }, { product_category_id: null }] }],
    } as any)
    const d = payouts.options.defaultCommission
    const fallback: RuleLike = {
      id: null,
      vendor_id: null,
      product_category_id: null,
      currency_code: null,
      percentage: d.percentage,
      fixed_amount: d.fixed[order.currency_code] ?? 0,
      include_tax: d.includeTax,
      include_shipping: d.includeShipping,
    }
    return new StepResponse<OrderCommissionInput>({
      order: {
        id: order.id,
        vendor_id: input.vendor_id,
        order_group_id: input.order_group_id,
        currency_code: order.currency_code,
        total: toNumber(order.total),
        shipping_total: toNumber(order.shipping_total),
        shipping_tax_total: toNumber(order.shipping_tax_total),
        items: (order.items ?? []).filter(Boolean).map((i: any) => ({
          id: i.id,
          product_id: i.product_id ?? null,
          quantity: toNumber(i.quantity),
          total: toNumber(i.total),
          tax_total: toNumber(i.tax_total),
          category_ids: categoriesOf.get(i.product_id) ?? [],
        })),
      },
      rules: rules.map((r) => ({
        id: r.id,
        vendor_id: r.vendor_id,
        product_category_id: r.product_category_id,
        currency_code: r.currency_code,
        percentage: toNumber(r.percentage),
        fixed_amount: toNumber(r.fixed_amount),
        include_tax: r.include_tax,
        include_shipping: r.include_shipping,
      })),
      fallback,
    })
  }
)
