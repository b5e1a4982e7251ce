import { z } from "@medusajs/framework/zod"

const price = z.object({ currency_code: z.string().length(3).toLowerCase(), amount: z.number().min(0) }).strict()

const variant = z
  .object({
    title: z.string().trim().min(1),
    sku: z.string().trim().min(1).optional(),
    options: z.record(z.string(), z.string()).optional(),
    prices: z.array(price).min(1),
    manage_inventory: z.boolean().optional(),
    inventory_quantity: z.number().int().min(0).optional(),
    allow_backorder: z.boolean().optional(),
  })
  .strict()

const fields = {
  title: z.string().trim().min(1).max(255),
  subtitle: z.string().max(255).nullish(),
  description: z.string().max(10_000).nullish(),
  handle: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Field 'handle' must be lowercase letters, digits and single dashes")
    .optional(),
  status: z.enum(["draft", "proposed", "published"]).optional(),
  thumbnail: z.url().nullish(),
  images: z.array(z.object({ url: z.url() }).strict()).optional(),
}

/** Body of POST /vendor/products. */
export const VendorCreateProduct = z
  .object({
    ...fields,
    options: z.array(z.object({ title: z.string().min(1), values: z.array(z.string().min(1)).min(1) }).strict()).min(1),
    variants: z.array(variant).min(1),
  })
  .strict()
export type VendorCreateProductType = z.infer<typeof VendorCreateProduct>

/** Body of POST /vendor/products/:id. */
export const VendorUpdateProduct = z.object(fields).partial().strict()
export type VendorUpdateProductType = z.infer<typeof VendorUpdateProduct>

/** Query of GET /vendor/products. */
export const VendorListProducts = z.object({
  q: z.string().optional(),
  status: z.enum(["draft", "proposed", "published", "rejected"]).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type VendorListProductsType = z.infer<typeof VendorListProducts>

/** Body of POST /vendor/products/:id/variants. */
export const VendorCreateVariant = variant
export type VendorCreateVariantType = z.infer<typeof VendorCreateVariant>

/** Body of POST /vendor/products/:id/variants/:variant_id. */
export const VendorUpdateVariant = z
  .object({
    title: z.string().trim().min(1).optional(),
    sku: z.string().trim().min(1).optional(),
    prices: z.array(price).min(1).optional(),
    allow_backorder: z.boolean().optional(),
  })
  .strict()
export type VendorUpdateVariantType = z.infer<typeof VendorUpdateVariant>

/** Body of POST /vendor/products/:id/variants/:variant_id/inventory: stock at the store location. */
export const VendorSetStock = z.object({ stocked_quantity: z.number().int().min(0) }).strict()
export type VendorSetStockType = z.infer<typeof VendorSetStock>
