import { Button, Checkbox, Drawer, Input, Label, Select, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch, runWithToast } from "@broadcart/core/admin"
import type { NamedOption } from "../lib/lookups"
import type { CommissionRule } from "../lib/types"

const ANY = "any"
const FLAGS = [
  ["include_tax", "Take commission on tax"],
  ["include_shipping", "Take commission on shipping"],
  ["is_active", "Active"],
] as const

/** A blank amount is left out (the server then names what a rule needs), not sent as 0. */
const amount = (text: string) => (text.trim() === "" ? undefined : Number(text))

type Props = {
  open: boolean
  rule: CommissionRule | null
  vendors: NamedOption[]
  categories: NamedOption[]
  onClose: () => void
  onSaved: () => void
}

const initial = (rule: CommissionRule | null) => ({
  vendor_id: rule?.vendor_id ?? ANY,
  product_category_id: rule?.product_category_id ?? ANY,
  currency_code: rule?.currency_code ?? "",
  percentage: String(rule?.percentage ?? 10),
  fixed_amount: String(rule?.fixed_amount ?? 0),
  include_tax: rule?.include_tax ?? false,
  include_shipping: rule?.include_shipping ?? false,
  is_active: rule?.is_active ?? true,
  description: rule?.description ?? "",
})

/** Drawer to create a commission rule, or edit `rule`; the server validates and its message is toasted. */
export const CommissionRuleForm = ({ open, rule, vendors, categories, onClose, onSaved }: Props) => {
  const [form, setForm] = useState(() => initial(rule))
  const [saving, setSaving] = useState(false)
  useEffect(() => setForm(initial(rule)), [rule, open])
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }))

  const save = async () => {
    setSaving(true)
    await runWithToast(async () => {
      const body = {
        ...form,
        vendor_id: form.vendor_id === ANY ? null : form.vendor_id,
        product_category_id: form.product_category_id === ANY ? null : form.product_category_id,
        currency_code: form.currency_code.trim() || null,
        percentage: amount(form.percentage),
        fixed_amount: amount(form.fixed_amount),
        description: form.description.trim() || null,
      }
      const path = rule ? `/admin/commission-rules/${rule.id}` : "/admin/commission-rules"
      await adminFetch(path, { method: "POST", body: JSON.stringify(body) })
      onSaved()
      onClose()
      return rule ? "Commission rule updated" : "Commission rule created"
    })
    setSaving(false)
  }

  const picker = (key: "vendor_id" | "product_category_id", label: string, options: NamedOption[]) => (
    <div className="flex flex-col gap-y-1">
      <Label size="small">{label}</Label>
      <Select value={form[key]} onValueChange={(v) => set(key, v)}>
        <Select.Trigger>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={ANY}>Any</Select.Item>
          {options.map((o) => (
            <Select.Item key={o.id} value={o.id}>
              {o.name}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
  const field = (key: "currency_code" | "percentage" | "fixed_amount" | "description", label: string, props = {}) => (
    <div className="flex flex-col gap-y-1">
      <Label size="small">{label}</Label>
      <Input size="small" value={form[key]} onChange={(e) => set(key, e.target.value)} {...props} />
    </div>
  )

  return (
    <Drawer open={open} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{rule ? "Edit commission rule" : "New commission rule"}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <Text size="small" className="text-ui-fg-subtle">
            Leave vendor and category on "Any" for the platform default. The most specific rule wins.
          </Text>
          {picker("vendor_id", "Vendor", vendors)}
          {picker("product_category_id", "Product category", categories)}
          {field("currency_code", "Currency (blank for any)", { placeholder: "usd", maxLength: 3 })}
          {field("percentage", "Percentage (0-100)", { type: "number", min: 0, max: 100, step: "any" })}
          {field("fixed_amount", "Fixed fee per unit sold (needs a currency)", { type: "number", min: 0, step: "any" })}
          {FLAGS.map(([key, label]) => (
            <div key={key} className="flex items-center gap-x-2">
              <Checkbox id={key} checked={form[key]} onCheckedChange={(c) => set(key, c === true)} />
              <Label htmlFor={key} size="small">
                {label}
              </Label>
            </div>
          ))}
          {field("description", "Description", { maxLength: 500 })}
        </Drawer.Body>
        <Drawer.Footer>
          <Button size="small" variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button size="small" isLoading={saving} onClick={save}>
            Save
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
