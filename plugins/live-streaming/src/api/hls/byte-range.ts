/**
 * The one byte range a `Range` header asks of a body of `size` bytes: `{ start, end }` (inclusive),
 * "unsatisfiable", or null to send the whole body (no header, another unit, or several ranges).
 */
export function byteRange(header: string | undefined, size: number): { start: number; end: number } | "unsatisfiable" | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? "")
  if (!match || (!match[1] && !match[2])) {
    return null
  }
  const [from, to] = [match[1], match[2]]
  if (!from) {
    const suffix = Number(to)
    return suffix === 0 || size === 0 ? "unsatisfiable" : { start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(from)
  const end = to ? Math.min(Number(to), size - 1) : size - 1
  return start >= size || end < start ? "unsatisfiable" : { start, end }
}
