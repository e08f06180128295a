// FlexSearch 0.8.212's faults, each pinned twice: as FlexSearch shows it (so an
// upgrade that changes it is noticed), and as our design works around it (so
// removing the workaround fails here). Not pinned in Node: FlexSearch's own
// Worker cannot take a custom encoder in the browser, and its IndexedDB adapter
// fails inside a Web Worker; the search runs in our own worker and keeps the
// index in memory, which the browser tests (search.e2e) cover.
import { Document, Index } from 'flexsearch'
import { describe, expect, it } from 'vitest'
import { type SearchDoc, shardIndexOf, shardOf } from './build-shards'
import { SearchEngine } from './engine'
import { SEARCH_VERSION } from './files'
import { buildShardIndex, candidates, importShardIndex } from './flex-index'

/** A shard index over folded texts, as the build exports it and the worker imports it. */
const indexOf = (texts: string[]) => importShardIndex(buildShardIndex(texts))

describe('a result array is the index’s own memory', () => {
  it('FlexSearch: changing a one-key result changes what later searches find', () => {
    const index = new Index({ tokenize: 'strict', resolution: 1 })
    for (let i = 0; i < 10; i++) index.add(i, 'alpha')
    const first = index.search('alpha', { limit: 100 }) as number[]
    first.length = 0
    expect(index.search('alpha', { limit: 100 })).toEqual([])
  })

  it('ours: candidates are a copy the caller may change', () => {
    const index = indexOf(Array.from({ length: 10 }, () => '衢州'))
    const first = candidates(index, ['衢'], 10)
    first.fill(0).reverse()
    expect([...candidates(index, ['衢'], 10)]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
  })
})

describe('limits', () => {
  it('FlexSearch: a search stops at 100 results unless given a limit, and Resolver.resolve({ limit }) returns nothing without offset: 0', () => {
    const index = new Index({ tokenize: 'strict', resolution: 1 })
    for (let i = 0; i < 150; i++) index.add(i, 'alpha')
    expect(index.search('alpha')).toHaveLength(100)
    expect(index.search('alpha', { resolve: false }).resolve({ limit: 10 })).toEqual([])
    expect(index.search('alpha', { resolve: false }).resolve({ limit: 10, offset: 0 })).toHaveLength(10)
  })

  it('ours: every candidate of a shard, however many', () => {
    const index = indexOf(Array.from({ length: 150 }, (_, i) => (i % 3 ? '衢州' : '杭州')))
    expect(candidates(index, ['衢'], 150)).toHaveLength(100)
    expect(candidates(index, ['州'], 150)).toHaveLength(150)
  })
})

describe('tag filters', () => {
  // 300 articles with the same text: 250 in paper a, 50 in paper b; every other one an ad.
  const paperOf = (i: number) => (i < 250 ? 'a' : 'b')
  const kindOf = (i: number) => (i % 2 ? 'news' : 'ad')

  it('FlexSearch: a tag filter sees only the first 100 hits, and tags on two fields are OR-ed', () => {
    const doc = new Document({ document: { id: 'id', index: ['text'], tag: ['paper', 'kind'] }, encoder: { split: '' } })
    for (let i = 0; i < 300; i++) doc.add({ id: i, text: '衢州', paper: paperOf(i), kind: kindOf(i) })
    const count = (tag: Record<string, string>) => doc.search({ query: '衢州', tag, limit: 1000 })[0]?.result.length ?? 0
    expect(count({ paper: 'b' })).toBe(0) // 50 match
    expect(count({ paper: 'b', kind: 'ad' })).toBe(50) // 25 match
  })

  it('ours: filters over the shard’s columns see every match and all apply', () => {
    const issue = (paperId: string, from: number, to: number) => ({
      id: `${paperId}-1`,
      paperId,
      date: '2024-12-30',
      docs: Array.from({ length: to - from }, (_, k): SearchDoc => [`d${from + k}`, '1', kindOf(from + k), '', '标题', '', '衢州']),
    })
    const shard = shardOf([issue('a', 0, 250), issue('b', 250, 300)])
    const engine = new SearchEngine({
      version: SEARCH_VERSION,
      papers: [],
      places: [],
      shards: [{ file: 's', index: 'i', period: '2024-12-30', newest: '2024-12-30', oldest: '2024-12-30', papers: ['a', 'b'], issues: 2, docs: 300, bytes: 0 }],
    })
    engine.addShard(0, shard, shardIndexOf(shard))
    expect(engine.search({ query: '衢州', filters: { paperId: 'b' } }).total).toBe(50)
    expect(engine.search({ query: '衢州', filters: { paperId: 'b', kind: 'ad' } }).total).toBe(25)
    expect(engine.search({ query: '衢州', filters: { paperId: 'a', kind: 'ad' } }).total).toBe(125)
  })
})

describe('encoders', () => {
  const texts = ['高质量发展大会', '全市建成5g基站12345个，覆盖率达36.8%', '发展 大会']

  it('FlexSearch: the default encoder misses Chinese inside a run of text, and its numeric split misses digits inside a number', () => {
    const index = new Index({ tokenize: 'strict', resolution: 1 })
    texts.forEach((t, i) => index.add(i, t))
    expect(index.search('发展', { limit: 10 })).toEqual([2])
    expect(index.search('234', { limit: 10 })).toEqual([])
    expect(index.search('36.8%', { limit: 10 })).toEqual([])
  })

  it('ours: character keys find every document holding the term, and more; the exact check decides (engine.test: 展大)', () => {
    const index = indexOf(texts)
    expect([...candidates(index, ['发展'], 3)]).toEqual([0, 2])
    expect([...candidates(index, ['234'], 3)]).toEqual([1])
    expect([...candidates(index, ['36.8%'], 3)]).toEqual([1])
    // 展大 is in text 0 only; text 2 holds both characters apart and is a candidate, not a match.
    expect([...candidates(index, ['展大'], 3)]).toEqual([0, 2])
  })
})
