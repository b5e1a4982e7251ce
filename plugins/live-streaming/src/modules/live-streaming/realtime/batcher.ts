/**
 * Collects a room's messages and sends them together every `intervalMs`, so a busy chat costs one
 * emit per room per tick instead of one per message per viewer.
 */
export class RoomBatcher<T> {
  private queues = new Map<string, T[]>()
  private timer: NodeJS.Timeout

  constructor(
    private readonly send: (room: string, items: T[]) => void,
    intervalMs = 100
  ) {
    this.timer = setInterval(() => this.flush(), intervalMs)
    this.timer.unref?.()
  }

  push(room: string, item: T) {
    const queue = this.queues.get(room)
    queue ? queue.push(item) : this.queues.set(room, [item])
  }

  flush() {
    const queues = this.queues
    this.queues = new Map()
    for (const [room, items] of queues) {
      this.send(room, items)
    }
  }

  stop() {
    clearInterval(this.timer)
    this.flush()
  }
}
