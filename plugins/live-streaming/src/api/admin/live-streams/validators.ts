import { z } from "@medusajs/framework/zod"
import { VendorListStreams } from "../../vendor/live-streams/validators"

/** GET /admin/live-streams: the vendor filter of the vendor list, across vendors. */
export const AdminListStreams = VendorListStreams.extend({ vendor_id: z.string().optional() }).strict()
