import { describe, expect, it } from 'vitest'
import { shardPlan } from './engine'
import { SEARCH_VERSION, type SearchManifest, type ShardEntry } from './files'
import { newestShards, ShardCache } from './shard-cache'

const entry = (period: string, newest: string, oldest: string, papers = ['a'], bytes = 10): ShardEntry => ({
  file: `${period}.json`,
  index: `${period}.index.json`,
  period,
  newest,
  oldest,
  papers,
  issues: 1,
  docs: 1,
  bytes,
})

/** Three years of paper a, newest first, paper b only in 2023, then an undated shard. */
const MANIFEST: SearchManifest = {
  version: SEARCH_VERSION,
  papers: [],
  places: [],
  shards: [
    entry('2024', '2024-12-31', '2024-01-01'),
    entry('2023', '2023-12-31', '2023-01-01', ['a', 'b']),
    entry('2022', '2022-12-31', '2022-01-02'),
    entry('undated', '', '', ['a']),
  ],
}

describe('which shards a query searches', () => {
  it('searches every shard newest first, undated last; oldest first for the oldest-first order', () => {
    expect(shardPlan(MANIFEST)).toEqual([0, 1, 2, 3])
    expect(shardPlan(MANIFEST, {}, 'newest')).toEqual([0, 1, 2, 3])
    expect(shardPlan(MANIFEST, {}, 'oldest')).toEqual([2, 1, 0, 3])
  })

  it('searches only the shards inside a date range, never the undated ones', () => {
    expect(shardPlan(MANIFEST, { from: '2023-06-01' })).toEqual([0, 1])
    expect(shardPlan(MANIFEST, { to: '2022-12-31' })).toEqual([2])
    expect(shardPlan(MANIFEST, { from: '2022-01-01', to: '2022-01-01' })).toEqual([])
    expect(shardPlan(MANIFEST, { from: '2023-03-01', to: '2023-03-01' })).toEqual([1])
  })

  it('searches only the shards holding the chosen paper, and only the shard of a scope issue its id dates', () => {
    expect(shardPlan(MANIFEST, { paperId: 'b' })).toEqual([1])
    expect(shardPlan(MANIFEST, { issueId: '2022-05-04-a' })).toEqual([2])
    // An id that names no date (undated issues, other id schemes): every shard may hold it.
    expect(shardPlan(MANIFEST, { issueId: 'u-1234' })).toEqual([0, 1, 2, 3])
  })
})

describe('the worker’s shard cache', () => {
  it('evicts the least recently used shard once over its byte budget', () => {
    const cache = new ShardCache<string>(30)
    expect(cache.set(1, 'one', 10)).toEqual([])
    cache.set(2, 'two', 10)
    cache.set(3, 'three', 10)
    cache.get(1)
    expect(cache.set(4, 'four', 10)).toEqual([2])
    expect(cache.keys()).toEqual([3, 1, 4])
    expect(cache.bytes).toBe(30)
    // One shard over the budget alone stays (it is being searched), pushing out the rest.
    expect(cache.set(5, 'big', 50)).toEqual([3, 1, 4])
    expect(cache.keys()).toEqual([5])
  })

  it('keeps the newest shards over older ones, so a full count does not push them out', () => {
    const manifest = { ...MANIFEST, shards: MANIFEST.shards.map((s) => ({ ...s, bytes: 10 })) }
    const newest = newestShards(manifest, 15)
    expect([...newest]).toEqual([0])
    const cache = new ShardCache<string>(20, newest)
    cache.set(0, '2024', 10)
    cache.set(1, '2023', 10)
    expect(cache.set(2, '2022', 10)).toEqual([1])
    expect(cache.set(3, 'undated', 10)).toEqual([2])
    expect(cache.has(0)).toBe(true)
  })
})
