import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** Subscribes to `names` on the app's event bus and collects every event emitted under them. */
export function recordEvents(container: MedusaContainer, names: string[]) {
  const events: { name: string; data: any }[] = []
  const bus = container.resolve(Modules.EVENT_BUS)
  for (const name of names) {
    bus.subscribe(name, async (event: any) => void events.push({ name, data: event.data }))
  }
  return events
}
