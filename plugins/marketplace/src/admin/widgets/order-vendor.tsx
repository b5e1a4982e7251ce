import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, AdminOrder } from "@medusajs/framework/types"
import { VendorCard } from "../components/vendor-card"

/** Shows the order's vendor beside its details. */
const OrderVendorWidget = ({ data }: DetailWidgetProps<AdminOrder>) => <VendorCard resource="orders" id={data.id} />

export const config = defineWidgetConfig({ zone: "order.details.side.before" })

export default OrderVendorWidget
