import type optionsDefinition from "../../options"

export type LiveStreamingOptions = ReturnType<typeof optionsDefinition.schema.parse>

/** What resolves the app's registrations by name: the module's container, or the app's. */
export type Resolver = { resolve<T = any>(key: string): T }

/** What the ingest and the real-time server read and change of streams: this module's service. */
export interface LiveStreams {
  readonly options: LiveStreamingOptions
  listLiveStreams(filters: Record<string, unknown>, config?: Record<string, unknown>): Promise<any[]>
  updateLiveStreams(data: Record<string, unknown> | Record<string, unknown>[]): Promise<unknown>
  listLiveStreamProducts(filters: Record<string, unknown>, config?: Record<string, unknown>): Promise<any[]>
  keyMatches(stream: { stream_key_hash: string }, key: unknown): boolean
  /** This node's real-time server, to tell viewers of a status change. */
  readonly live: { status(streamId: string, status: string): void } | null
}
