import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toNumber } from "@broadcart/core/money"

/** A placed order as analytics counts it. */
export type OrderForAnalytics = {
  id: string
  vendor_id: string | null
  currency_code: string
  total: number
  created_at: Date
  items: { product_id: string | null; quantity: number; total: number; metadata: Record<string, unknown> | null }[]
}

export const loadOrderForAnalyticsStepId = "load-order-for-analytics"

/** The order's total and lines as analytics counts them; null when there is no such order. */
export const loadOrderForAnalyticsStep = createStep(
  loadOrderForAnalyticsStepId,
  async ({ id, vendor_id }: { id: string; vendor_id: string | null }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "currency_code", "total", "created_at", "items.product_id", "items.quantity", "items.total", "items.metadata"],
      filters: { id },
    })
    if (!order) {
      return new StepResponse<OrderForAnalytics | null>(null)
    }
    return new StepResponse<OrderForAnalytics | null>({
      id: order.id,
      vendor_id,
      currency_code: order.currency_code,
      total: toNumber(order.total),
      created_at: new Date(order.created_at as any),
      items: (order.items ?? []).filter(Boolean).map((i: any) => ({
        product_id: i.product_id ?? null,
        quantity: toNumber(i.quantity),
        total: toNumber(i.total),
        metadata: i.metadata ?? null,
      })),
    })
  }
)
