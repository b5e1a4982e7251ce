import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ORDER_SHARE_PROVIDER, orderShares } from "../orders/order-payments"

export type CreateOrderPaymentsInput = {
  order_group_id: string
  currency_code: string
  /** The group's payment, and whether it was captured at authorization. */
  payment: { id: string; captured: boolean }
  orders: { id: string; total: unknown }[]
}

export const createOrderPaymentsStepId = "create-order-payments"

const links = (rows: { order_id: string; payment_collection_id: string }[]) =>
  rows.map((r) => ({ [Modules.ORDER]: { order_id: r.order_id }, [Modules.PAYMENT]: { payment_collection_id: r.payment_collection_id } }))

/**
 * Gives each order its own payment collection for its share of the group's authorized payment,
 * captured too when the group's payment was. Orders that have theirs already are skipped, so
 * finishing an interrupted checkout is safe. Rollback deletes what it created.
 */
export const createOrderPaymentsStep = createStep(
  createOrderPaymentsStepId,
  async (input: CreateOrderPaymentsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const payments = container.resolve(Modules.PAYMENT)
    const existing = await orderShares(
      query,
      input.orders.map((o) => o.id)
    )
    const missing = input.orders.filter((o) => !existing.has(o.id))
    if (!missing.length) {
      return new StepResponse([], [])
    }
    const collections = await payments.createPaymentCollections(
      missing.map((o) => ({
        currency_code: input.currency_code,
        amount: o.total as any,
        metadata: { order_group_id: input.order_group_id, group_payment_id: input.payment.id },
      }))
    )
    const created = collections.map((c, i) => ({ order_id: missing[i].id, payment_collection_id: c.id }))
    await container.resolve(ContainerRegistrationKeys.LINK).create(links(created))
    for (const [i, collection] of collections.entries()) {
      const amount = missing[i].total as any
      const session = await payments.createPaymentSession(collection.id, {
        provider_id: ORDER_SHARE_PROVIDER,
        currency_code: input.currency_code,
        amount,
        data: { group_payment_id: input.payment.id },
      })
      const payment = await payments.authorizePaymentSession(session.id, {})
      if (input.payment.captured) {
        await payments.capturePayment({ payment_id: payment!.id, amount })
      }
    }
    return new StepResponse(created, created)
  },
  async (created, { container }) => {
    if (created?.length) {
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links(created))
      await container.resolve(Modules.PAYMENT).deletePaymentCollections(created.map((c) => c.payment_collection_id))
    }
  }
)
