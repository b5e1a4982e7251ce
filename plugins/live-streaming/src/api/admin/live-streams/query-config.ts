import { publicStreamFields } from "../../store/live-streams/query-config"

/** GET /admin/live-streams: what anyone sees of a stream (the route adds its vendor). */
export const listAdminStreamsQueryConfig = { defaults: publicStreamFields, isList: true }
