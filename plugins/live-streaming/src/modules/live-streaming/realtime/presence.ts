import { randomUUID } from "node:crypto"
import type Redis from "ioredis"

/**
 * Who watches which stream. Each node counts its own sockets in memory and publishes the set of its
 * viewers per stream; a stream's count is the union over the nodes that are alive.
 */
export interface Presence {
  /** A socket of `viewer` entered the stream on this node. */
  join(streamId: string, viewer: string): void
  /** A socket of `viewer` left the stream on this node. */
  leave(streamId: string, viewer: string): void
  /** Distinct viewers of a stream, over every live node. */
  count(streamId: string): Promise<number>
  /** Withdraws this node's viewers (a clean shutdown; after a crash they expire). */
  stop(): Promise<void>
}

/** This node's sockets per stream and viewer: a viewer counts while one of its sockets is in. */
class LocalViewers {
  private streams = new Map<string, Map<string, number>>()

  /** True when this is the viewer's first socket in the stream. */
  add(streamId: string, viewer: string) {
    const viewers = this.streams.get(streamId) ?? this.streams.set(streamId, new Map()).get(streamId)!
    const sockets = (viewers.get(viewer) ?? 0) + 1
    viewers.set(viewer, sockets)
    return sockets === 1
  }

  /** True when this was the viewer's last socket in the stream. */
  remove(streamId: string, viewer: string) {
    const viewers = this.streams.get(streamId)
    const sockets = viewers?.get(viewer)
    if (!viewers || !sockets) {
      return false
    }
    if (sockets > 1) {
      viewers.set(viewer, sockets - 1)
      return false
    }
    viewers.delete(viewer)
    if (!viewers.size) {
      this.streams.delete(streamId)
    }
    return true
  }

  viewers(streamId: string) {
    return [...(this.streams.get(streamId)?.keys() ?? [])]
  }

  streamIds() {
    return [...this.streams.keys()]
  }
}

export function memoryPresence(): Presence {
  const local = new LocalViewers()
  return {
    join: (s, v) => void local.add(s, v),
    leave: (s, v) => void local.remove(s, v),
    count: async (s) => local.viewers(s).length,
    stop: async () => undefined,
  }
}

// Drops the nodes whose heartbeat is older than ARGV[1], then counts the union of the others' viewers.
const COUNT = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
local nodes = redis.call('ZRANGE', KEYS[1], 0, -1)
if #nodes == 0 then return 0 end
if #nodes == 1 then return redis.call('SCARD', ARGV[2] .. nodes[1]) end
local keys = {}
for i, node in ipairs(nodes) do keys[i] = ARGV[2] .. node end
local n = redis.call('SUNIONSTORE', ARGV[3], unpack(keys))
redis.call('DEL', ARGV[3])
return n
`

/**
 * Presence in Redis. Per stream, `presence:<stream>` is a sorted set of nodes by last heartbeat and
 * `presence:<stream>:<node>` the set of that node's viewers; both expire `expiryMs` after the node's
 * last heartbeat, so a node that dies takes its viewers with it within `expiryMs`. The heartbeat
 * (every third of the expiry) rewrites each set from memory, so a lost write heals by itself too.
 */
export function redisPresence(redis: Redis, prefix: string, expiryMs: number, onError: (e: Error) => void = () => undefined): Presence {
  const node = randomUUID()
  const local = new LocalViewers()
  const nodes = (s: string) => `${prefix}live:presence:${s}`
  const mine = (s: string) => `${nodes(s)}:${node}`
  // Commands go out on one connection in the order issued, so Redis sees joins and leaves in order.
  const send = (multi: ReturnType<Redis["multi"]>) => void multi.exec().catch(onError)
  const publish = (s: string, viewers: string[]) => {
    const multi = redis.multi().del(mine(s))
    if (viewers.length) {
      multi
        .sadd(mine(s), ...viewers)
        .pexpire(mine(s), expiryMs)
        .zadd(nodes(s), Date.now(), node)
        .pexpire(nodes(s), expiryMs)
    } else {
      multi.zrem(nodes(s), node)
    }
    send(multi)
  }
  const heartbeat = setInterval(() => local.streamIds().forEach((s) => publish(s, local.viewers(s))), Math.max(100, Math.floor(expiryMs / 3)))
  heartbeat.unref?.()
  return {
    join(s, v) {
      if (local.add(s, v)) {
        send(redis.multi().sadd(mine(s), v).pexpire(mine(s), expiryMs).zadd(nodes(s), Date.now(), node).pexpire(nodes(s), expiryMs))
      }
    },
    leave(s, v) {
      if (local.remove(s, v)) {
        const left = local.viewers(s)
        left.length ? send(redis.multi().srem(mine(s), v)) : publish(s, left)
      }
    },
    count: async (s) => Number(await redis.eval(COUNT, 1, nodes(s), String(Date.now() - expiryMs), `${nodes(s)}:`, `${nodes(s)}:count:${node}`)),
    stop: async () => {
      clearInterval(heartbeat)
      await Promise.all(local.streamIds().map((s) => redis.multi().del(mine(s)).zrem(nodes(s), node).exec())).catch(onError)
    },
  }
}
