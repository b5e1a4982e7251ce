/** The fields of a commission rule the admin reads. */
export const commissionRuleFields = [
  "id",
  "vendor_id",
  "product_category_id",
  "currency_code",
  "percentage",
  "fixed_amount",
  "include_tax",
  "include_shipping",
  "is_active",
  "description",
  "scope_key",
  "created_at",
  "updated_at",
]

/** GET /admin/commission-rules */
export const listCommissionRulesQueryConfig = { defaults: commissionRuleFields, isList: true }

/** GET /admin/commission-rules/:id */
export const retrieveCommissionRuleQueryConfig = { defaults: commissionRuleFields, isList: false }
