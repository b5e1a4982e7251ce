import { Badge, Tooltip } from "@medusajs/ui"
import type { Payout } from "../lib/types"

/** Badge colour per payout status. */
export const PAYOUT_STATUS_COLOR = {
  pending: "grey",
  due: "orange",
  processing: "blue",
  paid: "green",
  failed: "red",
  canceled: "grey",
} as const

/** A payout's status badge, with its hold reason or last error on a sub-line (full text in a tooltip). */
export const PayoutStatus = ({ payout }: { payout: Pick<Payout, "status" | "hold_reason" | "last_error"> }) => {
  const note = payout.status === "failed" ? (payout.last_error ?? payout.hold_reason) : (payout.hold_reason ?? payout.last_error)
  return (
    <div className="flex flex-col items-start gap-y-0.5">
      <Badge size="2xsmall" color={PAYOUT_STATUS_COLOR[payout.status]}>
        {payout.status}
      </Badge>
      {note && (
        <Tooltip content={note} maxWidth={320}>
          <span className="max-w-[180px] truncate txt-compact-xsmall text-ui-fg-subtle">{note}</span>
        </Tooltip>
      )}
    </div>
  )
}
