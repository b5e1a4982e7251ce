import { model } from "@medusajs/framework/utils"

/**
 * How much commission the platform keeps. With no vendor and no category it is the platform
 * default; a vendor, a category or both narrow it. The most specific matching rule wins.
 */
export const CommissionRule = model
  .define("commission_rule", {
    id: model.id({ prefix: "comrule" }).primaryKey(),
    vendor_id: model.text().nullable(),
    product_category_id: model.text().nullable(),
    // Null: any currency. A fixed fee needs a currency.
    currency_code: model.text().nullable(),
    percentage: model.bigNumber().default(0),
    // Charged per unit sold, in currency_code.
    fixed_amount: model.bigNumber().default(0),
    include_tax: model.boolean().default(false),
    include_shipping: model.boolean().default(false),
    is_active: model.boolean().default(true),
    description: model.text().nullable(),
    // vendor:category:currency with * for none; one rule per scope.
    scope_key: model.text().unique(),
  })
  .indexes([{ on: ["vendor_id"] }, { on: ["product_category_id"] }])
