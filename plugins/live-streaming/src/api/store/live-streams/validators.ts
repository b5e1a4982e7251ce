import { z } from "@medusajs/framework/zod"
import { pageParams } from "../../vendor/live-streams/validators"

/** GET /store/live-streams: live now (default), upcoming, or replays. */
export const StoreListStreams = z
  .object({ ...pageParams, status: z.enum(["live", "scheduled", "ended"]).default("live"), vendor_id: z.string().optional() })
  .strict()
