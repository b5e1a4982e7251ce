import { Button } from "@medusajs/ui"

type Option<V extends string> = { value: V; label: string }

/** A compact row of toggle buttons for choosing one of a few options (range preset, metric, kind). */
export function Segmented<V extends string>({
  options,
  value,
  onChange,
}: {
  options: readonly Option<V>[]
  value: NoInfer<V>
  onChange: (value: NoInfer<V>) => void
}) {
  return (
    <div className="flex items-center gap-x-1 rounded-lg bg-ui-bg-subtle p-0.5" role="group">
      {options.map((o) => (
        <Button
          key={o.value}
          size="small"
          variant={o.value === value ? "secondary" : "transparent"}
          aria-pressed={o.value === value}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </Button>
      ))}
    </div>
  )
}
