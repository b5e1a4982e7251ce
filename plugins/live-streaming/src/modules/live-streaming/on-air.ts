/** Statuses of a stream on air: live, or interrupted while its encoder may still return. */
export const ON_AIR_STATUSES = ["live", "interrupted"]

/** Whether a stream with this status is on air. */
export const isOnAir = (status: string | null | undefined) => status === "live" || status === "interrupted"
