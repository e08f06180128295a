// The search worker's shards in memory: least recently used first out, by
// bytes, so the worker's heap stays bounded however long the archive. The
// newest shards, which every query searches first, are kept over older ones
// while there is room: a full count streams every old shard through the cache
// without pushing out the shards the next query needs at once.
import type { SearchManifest } from './files.ts'

/**
 * Raw bytes of shard files the search worker holds at most (their heap is about the same). With what a full count
 * parses and drops on its way, page and worker peaked at 211 MiB at 30 years with 48 MiB here; a phone's budget is 200.
 */
export const CACHE_BYTES = 32 * 2 ** 20
/** Of that, the newest shards are kept over older ones. */
export const NEWEST_BYTES = 16 * 2 ** 20

export class ShardCache<T> {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  private entries = new Map<number, { value: T; bytes: number }>()
  private held = 0

  /** `preferred`: shards evicted only when no other can be. */
  constructor(
    readonly budget: number,
    private preferred: ReadonlySet<number> = new Set(),
  ) {}

  get bytes(): number {
    return this.held
  }

  get size(): number {
    return this.entries.size
  }

  has(key: number): boolean {
    return this.entries.has(key)
  }

  keys(): number[] {
    return [...this.entries.keys()]
  }

  get(key: number): T | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry.value
  }

  /** Holds `value`, then evicts until the cache fits its budget (the newest entry always stays). Returns the evicted keys. */
  set(key: number, value: T, bytes: number): number[] {
    const old = this.entries.get(key)
    if (old) this.held -= old.bytes
    this.entries.delete(key)
    this.entries.set(key, { value, bytes })
    this.held += bytes
    const evicted: number[] = []
    while (this.held > this.budget && this.entries.size > 1) {
      const victim = this.victim(key)
      if (victim === undefined) break
      this.held -= this.entries.get(victim)!.bytes
      this.entries.delete(victim)
      evicted.push(victim)
    }
    return evicted
  }

  private victim(keep: number): number | undefined {
    let fallback: number | undefined
    for (const key of this.entries.keys()) {
      if (key === keep) continue
      if (!this.preferred.has(key)) return key
      fallback ??= key
    }
    return fallback
  }
}

/** The newest shards (manifest positions) whose bytes add up to at most `bytes`: the ones to keep over older ones. */
export function newestShards(manifest: SearchManifest, bytes: number): Set<number> {
  const kept = new Set<number>()
  let sum = 0
  for (const [i, entry] of manifest.shards.entries()) {
    if (!entry.newest || sum + entry.bytes > bytes) break
    sum += entry.bytes
    kept.add(i)
  }
  return kept
}
