import { defineRouteConfig } from "@medusajs/admin-sdk"
import { PencilSquare, Trash } from "@medusajs/icons"
import { Badge, Button, Container, Heading, IconButton, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { CommissionRuleForm } from "../../../components/commission-rule-form"
import { adminFetch, money, runWithToast } from "@broadcart/core/admin"
import { nameOf, useCategories, useVendors, type NamedOption } from "../../../lib/lookups"
import type { CommissionFallback, CommissionRule } from "../../../lib/types"

type ListResponse = { commission_rules: CommissionRule[]; fallback: CommissionFallback }

/** "Platform default", "Vendor: X", "Category: Y" or "Vendor X · Category Y". */
const scopeLabel = (rule: CommissionRule, vendors: NamedOption[], categories: NamedOption[]) => {
  const vendor = nameOf(vendors, rule.vendor_id)
  const category = nameOf(categories, rule.product_category_id)
  if (vendor && category) return `Vendor ${vendor} · Category ${category}`
  if (vendor) return `Vendor: ${vendor}`
  if (category) return `Category: ${category}`
  return "Platform default"
}

const yesNo = (on: boolean) => (
  <Badge size="2xsmall" color={on ? "green" : "grey"}>
    {on ? "yes" : "no"}
  </Badge>
)

/** Settings › Commission: the built-in fallback and the commission rules, with create, edit and delete. */
const CommissionSettingsPage = () => {
  const [data, setData] = useState<ListResponse>()
  const [editing, setEditing] = useState<CommissionRule | null>(null)
  const [formOpen, setFormOpen] = useState(false)
  const vendors = useVendors()
  const categories = useCategories()
  const prompt = usePrompt()

  const load = useCallback(() => {
    adminFetch<ListResponse>("/admin/commission-rules?limit=100")
      .then(setData)
      .catch((e: Error) => toast.error(e.message))
  }, [])
  useEffect(load, [load])

  const openForm = (rule: CommissionRule | null) => {
    setEditing(rule)
    setFormOpen(true)
  }
  const remove = async (rule: CommissionRule) => {
    const label = scopeLabel(rule, vendors, categories)
    if (
      !(await prompt({
        title: "Delete commission rule?",
        description: `${label} will fall back to a more general rule.`,
        confirmText: "Delete",
        cancelText: "Cancel",
      }))
    ) {
      return
    }
    await runWithToast(async () => {
      await adminFetch(`/admin/commission-rules/${rule.id}`, { method: "DELETE" })
      load()
      return "Commission rule deleted"
    })
  }

  const fb = data?.fallback
  const fixed = Object.entries(fb?.fixed ?? {}).map(([c, a]) => `${money(a, c)} per unit`)
  const rules = data?.commission_rules ?? []

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Commission</Heading>
          <Text size="small" className="text-ui-fg-muted">
            Changes apply to orders placed afterwards; existing orders keep their commission.
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => openForm(null)}>
          Add rule
        </Button>
      </div>
      {fb && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          Built-in fallback when no rule matches: {[`${fb.percentage}%`, ...fixed].join(" + ")}
          {fb.includeTax ? ", on tax too" : ""}
          {fb.includeShipping ? ", on shipping too" : ""}.
        </Text>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Scope</Table.HeaderCell>
            <Table.HeaderCell>Currency</Table.HeaderCell>
            <Table.HeaderCell>Percentage</Table.HeaderCell>
            <Table.HeaderCell>Fixed fee / unit</Table.HeaderCell>
            <Table.HeaderCell>Tax</Table.HeaderCell>
            <Table.HeaderCell>Shipping</Table.HeaderCell>
            <Table.HeaderCell>Active</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rules.map((rule) => (
            <Table.Row key={rule.id}>
              <Table.Cell>
                <div>{scopeLabel(rule, vendors, categories)}</div>
                {rule.description && <div className="txt-compact-xsmall text-ui-fg-subtle">{rule.description}</div>}
              </Table.Cell>
              <Table.Cell>{rule.currency_code?.toUpperCase() ?? "any currency"}</Table.Cell>
              <Table.Cell>{Number(rule.percentage)}%</Table.Cell>
              <Table.Cell>{Number(rule.fixed_amount) ? money(rule.fixed_amount, rule.currency_code) : "—"}</Table.Cell>
              <Table.Cell>{yesNo(rule.include_tax)}</Table.Cell>
              <Table.Cell>{yesNo(rule.include_shipping)}</Table.Cell>
              <Table.Cell>{yesNo(rule.is_active)}</Table.Cell>
              <Table.Cell>
                <div className="flex items-center justify-end gap-x-1">
                  <IconButton size="small" variant="transparent" onClick={() => openForm(rule)}>
                    <PencilSquare />
                  </IconButton>
                  <IconButton size="small" variant="transparent" onClick={() => remove(rule)}>
                    <Trash />
                  </IconButton>
                </div>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {data && !rules.length && <Text className="px-6 py-4 text-ui-fg-subtle">No rules yet; the built-in fallback applies to every order.</Text>}
      <CommissionRuleForm open={formOpen} rule={editing} vendors={vendors} categories={categories} onClose={() => setFormOpen(false)} onSaved={load} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Commission" })

export default CommissionSettingsPage
