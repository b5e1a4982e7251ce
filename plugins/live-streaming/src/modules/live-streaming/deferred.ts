/** A value handed over later: the module's service, once the app has started. */
export type Deferred<T> = { promise: Promise<T>; resolve(value: T): void }

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}
