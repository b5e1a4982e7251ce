/**
 * Polls `check` every `intervalMs` until it returns a truthy value, and returns it; throws after
 * `timeoutMs`. For what happens after a response: subscribers, jobs, other processes.
 */
export async function waitFor<T>(check: () => Promise<T>, what: string, timeoutMs = 15_000, intervalMs = 100): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) {
      return value as NonNullable<T>
    }
    if (Date.now() > until) {
      throw new Error(`Timed out waiting for ${what}`)
    }
    await new Promise((r) => setTimeout(r, intervalMs))
  }
}

/** `waitFor` that counts a failing check (a refused connection, a file not there yet) as "not yet". */
export function eventually<T>(check: () => Promise<T>, what: string, timeoutMs = 15_000): Promise<NonNullable<T>> {
  return waitFor(() => check().catch(() => null), what, timeoutMs, 200) as Promise<NonNullable<T>>
}
