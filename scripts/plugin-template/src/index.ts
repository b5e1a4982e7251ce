// The public API of @broadcart/plugin-__name__: what other plugins may import.
export { __Name__Events, type __Name__ItemEventData } from "./events"
export { __NAME_SNAKE___MODULE } from "./modules/__name__"
export { create__Name__ItemWorkflow, type Create__Name__ItemInput } from "./workflows"
