import { createWorkflow, parallelize, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  addOrderTransactionStep,
  authorizePaymentSessionStep,
  compensatePaymentIfNeededStep,
  createOrdersStep,
  createRemoteLinkStep,
  emitEventStep,
  releaseLockStep,
  reserveInventoryStep,
  updateCartsStep,
  useQueryGraphStep,
  validateCartItemsStep,
  validateCartPaymentsStep,
  validateShippingStep,
} from "@medusajs/medusa/core-flows"
import { EventPriority, Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../modules/marketplace"
import VendorProductLink from "../links/vendor-product"
import { MarketplaceOrderEvents } from "../events"
import { CHECKOUT_LOCK_TTL } from "./orders/checkout-lock"
import { checkoutUsage } from "./orders/checkout-usage"
import { completeCartFields, prepareConfirmInventoryInput, registerUsageStep } from "./orders/core-internals"
import { splitCartByVendor } from "./orders/split-cart"
import { resolveCheckoutWorkflow } from "./resolve-checkout"
import { completeOrderGroupStep } from "./steps/complete-order-group"
import { createOrderGroupStep } from "./steps/create-order-group"
import { createOrderPaymentsStep } from "./steps/create-order-payments"
import { validateCartNotCompletedStep } from "./steps/validate-cart-not-completed"
import { validateVendorsActiveStep } from "./steps/validate-vendors-active"

export const splitAndCompleteCartWorkflowId = "split-and-complete-cart"

const THREE_DAYS = 60 * 60 * 24 * 3

/**
 * Completes a cart as one order per vendor under one order group and one payment. Built from the
 * steps of Medusa's completeCartWorkflow, in the same order: the payment is authorized last, and a
 * failure before or during it rolls everything back. Then each order gets its own payment (its
 * share) and the group is marked finished. Completing a finished cart again returns the same
 * group; a checkout a crash left half-done is first finished or undone (resolveCheckoutWorkflow).
 */
export const splitAndCompleteCartWorkflow = createWorkflow(
  { name: splitAndCompleteCartWorkflowId, store: true, idempotent: false, retentionTime: THREE_DAYS },
  (input: { id: string }) => {
    acquireLockStep({ key: input.id, timeout: 30, ttl: CHECKOUT_LOCK_TTL })
    const existing = useQueryGraphStep({
      entity: "order_group",
      fields: ["id", "completed_at"],
      filters: { cart_id: input.id },
    }).config({ name: "existing-order-group" })
    const halfDoneId = transform({ existing }, ({ existing }) => {
      const group = existing.data[0]
      return group && !group.completed_at ? (group.id as string) : undefined
    })
    const resolved = when("resolve-half-done-checkout", { halfDoneId }, ({ halfDoneId }) => !!halfDoneId).then(() =>
      resolveCheckoutWorkflow.runAsStep({ input: transform({ halfDoneId }, ({ halfDoneId }) => ({ order_group_id: halfDoneId! })) })
    )
    const existingId = transform({ existing, resolved }, ({ existing, resolved }) => {
      const group = existing.data[0]
      return group && (group.completed_at || resolved?.outcome === "completed") ? (group.id as string) : undefined
    })
    const cartQuery = useQueryGraphStep({
      entity: "cart",
      fields: completeCartFields,
      filters: { id: input.id },
      options: { isList: false, throwIfKeyNotFound: true },
    }).config({ name: "cart-query" })
    const cart = transform({ cartQuery }, ({ cartQuery }) => cartQuery.data as any)

    const created = when("create-order-group", { existingId }, ({ existingId }) => !existingId).then(() => {
      validateCartNotCompletedStep({ cart })
      validateCartItemsStep({ cart })
      const paymentSessions = validateCartPaymentsStep({ cart })
      compensatePaymentIfNeededStep({ payment_session_id: paymentSessions[0].id })

      const optionIds = transform({ cart }, ({ cart }) => (cart.shipping_methods ?? []).map((sm: any) => sm.shipping_option_id))
      const productIds = transform({ cart }, ({ cart }) => [...new Set((cart.items ?? []).map((i: any) => i.product_id))])
      // Read when the step runs: a link's entry point is set only once links are registered.
      const vendorLinkEntity = transform({}, () => VendorProductLink.entryPoint)
      const [shippingOptions, vendorLinks] = parallelize(
        useQueryGraphStep({ entity: "shipping_option", fields: ["id", "shipping_profile_id"], filters: { id: optionIds } }).config({
          name: "shipping-options-query",
        }),
        useQueryGraphStep({
          entity: vendorLinkEntity,
          fields: ["vendor_id", "product_id", "vendor.name", "vendor.status"],
          filters: { product_id: productIds },
        }).config({ name: "vendor-links-query" })
      )
      validateShippingStep({ cart, shippingOptions: shippingOptions.data })
      validateVendorsActiveStep({ links: vendorLinks.data })

      // The group comes first, so every later write of this checkout can be found from its cart.
      const group = createOrderGroupStep(
        transform({ cart }, ({ cart }) => ({
          cart_id: cart.id,
          customer_id: cart.customer?.id ?? null,
          email: cart.email ?? null,
          currency_code: cart.currency_code,
          total: cart.raw_total ?? cart.total,
        }))
      )
      const parts = transform({ cart, vendorLinks, group }, ({ cart, vendorLinks, group }) =>
        splitCartByVendor(cart, Object.fromEntries(vendorLinks.data.map((l: any) => [l.product_id, l.vendor_id]))).map((p) => ({
          ...p,
          order: { ...p.order, metadata: { ...p.order.metadata, order_group_id: group.id } },
        }))
      )
      const orders = createOrdersStep(transform({ parts }, ({ parts }) => parts.map((p) => p.order)) as any)

      const links = transform({ cart, parts, orders, group }, ({ cart, parts, orders, group }) =>
        orders
          .flatMap((order: any, i: number) => {
            const used = new Set((order.items ?? []).flatMap((item: any) => (item.adjustments ?? []).map((a: any) => a.promotion_id)))
            const promotionLinks = (cart.promotions ?? [])
              .filter((p: any) => used.has(p.id))
              .map((p: any) => ({ [Modules.ORDER]: { order_id: order.id }, [Modules.PROMOTION]: { promotion_id: p.id } }))
            const vendorLink = parts[i].vendor_id ? [{ [MARKETPLACE_MODULE]: { vendor_id: parts[i].vendor_id }, [Modules.ORDER]: { order_id: order.id } }] : []
            return [{ [MARKETPLACE_MODULE]: { order_group_id: group.id }, [Modules.ORDER]: { order_id: order.id } }, ...vendorLink, ...promotionLinks]
          })
          .concat(
            cart.payment_collection?.id
              ? [{ [MARKETPLACE_MODULE]: { order_group_id: group.id }, [Modules.PAYMENT]: { payment_collection_id: cart.payment_collection.id } }]
              : []
          )
      )
      const reservations = transform({ cart, orders }, ({ cart, orders }) =>
        prepareConfirmInventoryInput({
          input: {
            sales_channel_id: cart.sales_channel_id,
            variants: [...new Map((cart.items ?? []).map((i: any) => [i.variant_id, i.variant])).values()],
            items: orders.flatMap((o: any) => o.items.map((i: any) => ({ id: i.id, variant_id: i.variant_id, quantity: i.quantity }))),
          },
        })
      )
      parallelize(
        createRemoteLinkStep(links),
        updateCartsStep(transform({ cart }, ({ cart }) => [{ id: cart.id, completed_at: new Date() }])),
        reserveInventoryStep(reservations)
      )

      const payment = authorizePaymentSessionStep({ id: paymentSessions[0].id })
      const totals = useQueryGraphStep({
        entity: "order",
        fields: ["id", "total"],
        filters: { id: transform({ orders }, ({ orders }) => orders.map((o: any) => o.id)) },
      }).config({ name: "order-totals" })
      createOrderPaymentsStep(
        transform({ cart, group, payment, totals }, ({ cart, group, payment, totals }) => ({
          order_group_id: group.id,
          currency_code: cart.currency_code,
          payment: { id: payment!.id, captured: !!payment!.captures?.length },
          orders: totals.data.map((o: any) => ({ id: o.id, total: o.total })),
        }))
      )
      addOrderTransactionStep(
        transform({ payment, totals }, ({ payment, totals }) =>
          payment?.captures?.length
            ? totals.data.map((o: any) => ({
                order_id: o.id,
                amount: o.total,
                currency_code: payment.currency_code,
                reference: "capture",
                reference_id: payment.captures![0].id,
              }))
            : []
        )
      )
      completeOrderGroupStep(transform({ group }, ({ group }) => ({ id: group.id })))
      registerUsageStep(transform({ cart }, ({ cart }) => checkoutUsage(cart)))
      const placed = transform({ parts, orders, group }, ({ parts, orders, group }) =>
        orders.map((o: any, i: number) => ({ id: o.id, vendor_id: parts[i].vendor_id, order_group_id: group.id }))
      )
      emitEventStep({ eventName: OrderWorkflowEvents.PLACED, data: placed, options: { priority: EventPriority.CRITICAL } })
      emitEventStep({ eventName: MarketplaceOrderEvents.PLACED, data: placed }).config({ name: "emit-vendor-orders-placed" })
      emitEventStep({
        eventName: MarketplaceOrderEvents.GROUP_PLACED,
        data: transform({ group, orders }, ({ group, orders }) => ({ id: group.id, order_ids: orders.map((o: any) => o.id) })),
      }).config({ name: "emit-order-group-placed" })
      return group
    })

    releaseLockStep({ key: input.id })
    return new WorkflowResponse(transform({ created, existingId }, ({ created, existingId }) => ({ id: (created?.id ?? existingId) as string })))
  }
)
