import { Skeleton, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import type { Loaded } from "../lib/api"

/** Renders a request's error, a placeholder while it loads, or its content once loaded. */
export function LoadState<T>({ state, className = "h-24", children }: { state: Loaded<T>; className?: string; children: (data: T) => ReactNode }) {
  if (state.error) {
    return (
      <Text size="small" className="px-6 py-4 text-ui-fg-error">
        {state.error}
      </Text>
    )
  }
  if (state.loading || state.data === undefined) {
    return (
      <div className="px-6 py-4">
        <Skeleton className={`w-full ${className}`} />
      </div>
    )
  }
  return <>{children(state.data)}</>
}
