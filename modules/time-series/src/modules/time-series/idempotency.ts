import { createHash, randomUUID } from "node:crypto"
import type { CounterDelta, TimePoint } from "./types"

/** The identity of a point: its id, or else its content, so a retried write names the same point. */
export function pointKey(p: TimePoint): string {
  if (p.id) {
    return p.id
  }
  const dims = p.dims ? Object.entries(p.dims).sort(([a], [b]) => (a < b ? -1 : 1)) : null
  return digest(JSON.stringify([p.entity, p.metric, p.ts.getTime(), p.value, dims])).toString("base64url")
}

/** 32 bytes derived from a key, for ids that must be the same on every attempt. */
export function digest(key: string): Buffer {
  return createHash("sha256").update(key).digest()
}

/** The id an increment is applied under once; one without an id gets a fresh one (applied every time). */
export function deltaId(d: CounterDelta): string {
  return d.id ?? randomUUID()
}

/** Gives every item without an id a fresh one, once, so the write buffer's retries repeat the same ids. */
export function withIds<T extends { id?: string }>(items: T[]): T[] {
  return items.map((i) => (i.id ? i : { ...i, id: randomUUID() }))
}
