export type GuardedPlayer = { id: string; unsent(): number; drop(reason: string): void }

export type PlayerGuardOptions = {
  /** A player whose unsent data stays above `lowWaterBytes` this long is dropped. */
  stallSeconds: number
  /** A player with more unsent data than this is dropped at once. */
  maxUnsentBytes: number
  lowWaterBytes?: number
}

/**
 * Drops players that stop reading. node-media-server keeps writing to every player, so a stalled
 * one would otherwise hold the whole stream in memory (about 2.5 MB/s per 100 of them).
 * `sweep` is called about once a second with the current players.
 */
export class PlayerGuard {
  private stalledSince = new Map<string, number>()
  dropped = 0

  constructor(private readonly opts: PlayerGuardOptions) {}

  sweep(players: Iterable<GuardedPlayer>, now = Date.now()) {
    const lowWater = this.opts.lowWaterBytes ?? 256 * 1024
    const seen = new Set<string>()
    for (const player of players) {
      seen.add(player.id)
      const unsent = player.unsent()
      if (unsent > this.opts.maxUnsentBytes) {
        this.drop(player, `${Math.round(unsent / 1024)} KB unsent`)
        continue
      }
      if (unsent <= lowWater) {
        this.stalledSince.delete(player.id)
        continue
      }
      const since = this.stalledSince.get(player.id) ?? now
      this.stalledSince.set(player.id, since)
      if (now - since >= this.opts.stallSeconds * 1000) {
        this.drop(player, `not reading for ${Math.round((now - since) / 1000)} s`)
      }
    }
    for (const id of this.stalledSince.keys()) {
      if (!seen.has(id)) {
        this.stalledSince.delete(id)
      }
    }
  }

  private drop(player: GuardedPlayer, reason: string) {
    this.stalledSince.delete(player.id)
    this.dropped += 1
    player.drop(reason)
  }
}
