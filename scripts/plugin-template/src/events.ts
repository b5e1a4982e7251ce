/** Events of the __Title__ plugin, named domain.past_tense. */
export const __Name__Events = {
  ITEM_CREATED: "__name_snake___item.created",
} as const

/** Payload of every __Name__Events event. */
export type __Name__ItemEventData = { id: string }
