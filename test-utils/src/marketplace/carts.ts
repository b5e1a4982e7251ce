import type { MedusaContainer } from "@medusajs/framework/types"
import { readyCart, signUpCustomer } from "../store"
import { signUpActiveVendor } from "./vendors"

/** A vendor product with one variant, stocked at the store's warehouse. */
export async function createStockedProduct(api: any, vendor: { as: () => any }, title: string, amount: number, stock = 10) {
  const sku = title.toUpperCase().replace(/\W+/g, "-")
  const res = await api.post(
    "/vendor/products",
    {
      title,
      status: "published",
      options: [{ title: "Size", values: ["One"] }],
      variants: [{ title: "One", sku, options: { Size: "One" }, inventory_quantity: stock, prices: [{ currency_code: "usd", amount }] }],
    },
    vendor.as()
  )
  expect(res.status).toBe(201)
  return { product: res.data.product, variantId: res.data.product.variants[0].id as string }
}

type SellerSpec = { vendor: string; product: string; price: number; quantity: number }

/** Two active vendors with one stocked product each, and a customer's cart ready to complete holding both. */
export async function twoVendorCart(
  api: any,
  container: MedusaContainer,
  store: { key: string; regionId: string },
  specs: [SellerSpec, SellerSpec],
  providerId?: string
) {
  const [a, b] = [await signUpActiveVendor(api, container, specs[0].vendor), await signUpActiveVendor(api, container, specs[1].vendor)]
  const aItem = await createStockedProduct(api, a, specs[0].product, specs[0].price)
  const bItem = await createStockedProduct(api, b, specs[1].product, specs[1].price)
  const buyer = await signUpCustomer(api, store.key)
  const cartId = await readyCart(
    api,
    buyer,
    store.regionId,
    [
      { variantId: aItem.variantId, quantity: specs[0].quantity },
      { variantId: bItem.variantId, quantity: specs[1].quantity },
    ],
    providerId
  )
  /** A vendor's order in a completed group. */
  const orderOf = (group: any, vendor: typeof a) => group.orders.find((o: any) => o.vendor.id === vendor.vendor.id)
  return { a, b, aItem, bItem, buyer, cartId, orderOf }
}
