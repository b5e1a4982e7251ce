/** Stream fields anyone may see. */
export const publicStreamFields = [
  "id",
  "vendor_id",
  "title",
  "description",
  "cover_image",
  "status",
  "scheduled_at",
  "started_at",
  "ended_at",
  "peak_viewers",
  "current_viewers",
  "has_replay",
  "created_at",
]

/** GET /store/live-streams */
export const listStoreStreamsQueryConfig = { defaults: publicStreamFields, isList: true }
