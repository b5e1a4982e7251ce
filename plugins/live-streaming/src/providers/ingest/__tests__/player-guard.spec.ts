import { PlayerGuard } from "../player-guard"

const player = (id: string, unsent: { value: number }, dropped: string[]) => ({
  id,
  unsent: () => unsent.value,
  drop: (reason: string) => dropped.push(`${id}: ${reason}`),
})

describe("PlayerGuard", () => {
  it("drops a player whose backlog stays high for the stall time, and only that one", () => {
    const guard = new PlayerGuard({ stallSeconds: 5, maxUnsentBytes: 8 << 20 })
    const dropped: string[] = []
    const stalled = { value: 0 }
    const reading = { value: 0 }
    const players = [player("stalled", stalled, dropped), player("reading", reading, dropped)]
    for (let second = 0; second <= 6; second++) {
      stalled.value = 300_000 * (second + 1)
      reading.value = second % 2 ? 400_000 : 10_000
      guard.sweep(players, second * 1000)
    }
    expect(dropped).toEqual(["stalled: not reading for 5 s"])
    expect(guard.dropped).toBe(1)
  })

  it("drops at once past the byte limit, and forgets players that left", () => {
    const guard = new PlayerGuard({ stallSeconds: 5, maxUnsentBytes: 1 << 20 })
    const dropped: string[] = []
    const backlog = { value: 512 * 1024 }
    guard.sweep([player("a", backlog, dropped)], 0)
    guard.sweep([], 1000)
    backlog.value = 2 << 20
    guard.sweep([player("a", backlog, dropped)], 9000)
    expect(dropped).toEqual(["a: 2048 KB unsent"])
    backlog.value = 512 * 1024
    guard.sweep([player("a", backlog, dropped)], 10_000)
    guard.sweep([player("a", backlog, dropped)], 14_000)
    expect(dropped).toHaveLength(1)
  })
})
