import { ArrowPath } from "@medusajs/icons"
import { IconButton, Select } from "@medusajs/ui"
import type { NamedOption } from "../lib/lookups"
import { PRESETS, type Preset } from "../lib/range"
import { Segmented } from "./segmented"

/** Value of the scope picker meaning the whole platform rather than one vendor. */
export const PLATFORM = "platform"

type Props = {
  preset: Preset
  onPreset: (preset: Preset) => void
  currency: string
  currencies: string[]
  onCurrency: (currency: string) => void
  scope: string
  vendors: NamedOption[]
  onScope: (scope: string) => void
  onRefresh: () => void
}

const Picker = ({ value, onChange, options, width }: { value: string; onChange: (v: string) => void; options: NamedOption[]; width: string }) => (
  <div className={width}>
    <Select size="small" value={value} onValueChange={onChange}>
      <Select.Trigger>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {options.map((o) => (
          <Select.Item key={o.id} value={o.id}>
            {o.name}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  </div>
)

/** Range presets, currency and scope (platform or one vendor) pickers, and a refresh button. */
export const DashboardControls = (p: Props) => {
  const codes = p.currencies.includes(p.currency) ? p.currencies : [p.currency, ...p.currencies]
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Segmented options={PRESETS} value={p.preset} onChange={p.onPreset} />
      <Picker width="w-28" value={p.currency} onChange={p.onCurrency} options={codes.map((c) => ({ id: c, name: c.toUpperCase() }))} />
      <Picker width="w-48" value={p.scope} onChange={p.onScope} options={[{ id: PLATFORM, name: "Platform" }, ...p.vendors]} />
      <IconButton size="small" variant="transparent" onClick={p.onRefresh} aria-label="Refresh">
        <ArrowPath />
      </IconButton>
    </div>
  )
}
