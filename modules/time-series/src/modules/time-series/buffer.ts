/** What the write buffer has done, for logs, health and tests. */
export type BufferStats = { queued: number; written: number; dropped: number; failures: number; lastError: string | null }

/**
 * A bounded in-memory queue in front of a writer: writes are flushed in batches; when the writer
 * fails (the store is down) they stay queued and are retried with backoff. When full, the oldest
 * items are dropped, counted and reported, so producers (like a checkout) never wait or fail.
 */
export class WriteBuffer<T> {
  private items: T[] = []
  private timer: NodeJS.Timeout | null = null
  private flushing: Promise<void> | null = null
  private backoffMs = 0
  readonly stats: BufferStats = { queued: 0, written: 0, dropped: 0, failures: 0, lastError: null }

  constructor(
    private readonly write: (batch: T[]) => Promise<void>,
    private readonly opts: {
      capacity: number
      batchSize: number
      flushMs: number
      maxBackoffMs: number
      onDrop?: (count: number, total: number) => void
      onError?: (error: unknown, queued: number) => void
    }
  ) {}

  /** Queues items; never throws and never waits for the store. */
  push(items: T[]) {
    this.items.push(...items)
    this.trim()
    this.schedule(this.items.length >= this.opts.batchSize ? 0 : this.opts.flushMs)
  }

  /** Drops the oldest items beyond capacity. */
  private trim() {
    const over = this.items.length - this.opts.capacity
    if (over > 0) {
      this.items.splice(0, over)
      this.stats.dropped += over
      this.opts.onDrop?.(over, this.stats.dropped)
    }
    this.stats.queued = this.items.length
  }

  /** Writes everything queued now (retrying nothing); resolves when the queue is empty or a write failed. */
  async flush(): Promise<void> {
    if (this.flushing) {
      return this.flushing
    }
    this.flushing = this.drain().finally(() => (this.flushing = null))
    return this.flushing
  }

  /** Stops the timer; queued items are kept (call flush first to write them). */
  stop() {
    if (this.timer) {
      clearTimeout(this.timer)
      this.timer = null
    }
  }

  private schedule(delayMs: number) {
    if (this.timer || this.flushing) {
      return
    }
    this.timer = setTimeout(
      () => {
        this.timer = null
        void this.flush().then(() => {
          if (this.items.length) {
            this.schedule(this.backoffMs || this.opts.flushMs)
          }
        })
      },
      Math.max(delayMs, this.backoffMs)
    )
    this.timer.unref?.()
  }

  private async drain() {
    while (this.items.length) {
      // Taken out while in flight, so a push that overflows meanwhile drops only queued items.
      const batch = this.items.splice(0, this.opts.batchSize)
      try {
        await this.write(batch)
      } catch (e) {
        this.items.unshift(...batch)
        this.trim()
        this.stats.failures++
        this.stats.lastError = String((e as Error)?.message ?? e)
        this.backoffMs = Math.min(Math.max(this.backoffMs * 2, 250), this.opts.maxBackoffMs)
        this.opts.onError?.(e, this.items.length)
        return
      }
      this.stats.written += batch.length
      this.stats.queued = this.items.length
      this.backoffMs = 0
    }
  }
}
