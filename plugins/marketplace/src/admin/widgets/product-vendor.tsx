import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, AdminProduct } from "@medusajs/framework/types"
import { VendorCard } from "../components/vendor-card"

/** Shows the product's vendor beside its details. */
const ProductVendorWidget = ({ data }: DetailWidgetProps<AdminProduct>) => <VendorCard resource="products" id={data.id} />

export const config = defineWidgetConfig({ zone: "product.details.side.before" })

export default ProductVendorWidget
