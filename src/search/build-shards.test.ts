import { describe, expect, it } from 'vitest'
import { type SearchIssue, shardFiles } from './build-shards'
import { SearchManifest, Shard, ShardIndexFile } from './files'
import { candidates, importShardIndex } from './flex-index'

const issue = (date: string, titles: string[], paperId = 'p'): SearchIssue => ({
  id: `${date}-${paperId}`,
  paperId,
  date,
  docs: titles.map((title, k) => [`a${date}-${k}`, String(k + 1), 'news', '', title, '', `${title}的正文`, k === 0 ? '' : String(k + 1), k === 0 ? ['3308'] : []]),
})
/** Characters per shard: 2024's issues (33) fit, and with one more short day (38) still do; 2024 and 2023 (56) do not. */
const BUDGET = 40
const INDEX = { papers: [{ id: 'p', name: '测试日报' }], places: [] }

function read(files: Map<string, string>) {
  const manifest = SearchManifest.parse(JSON.parse(files.get('search/manifest.json')!))
  return manifest.shards.map((entry) => ({
    entry,
    shard: Shard.parse(JSON.parse(files.get(entry.file)!)),
    index: ShardIndexFile.parse(JSON.parse(files.get(entry.index)!)),
  }))
}

describe('the search shards', () => {
  const issues = [issue('2024-12-30', ['衢州发展', '杭州新闻']), issue('2024-12-29', ['衢州旧闻']), issue('2023-05-28', ['别的消息很多很多很多'])]

  it('cuts by calendar period and lists shards newest first, each with its range, papers and article count', () => {
    const shards = read(shardFiles(issues, INDEX, BUDGET))
    expect(shards.map((s) => [s.entry.period, s.entry.newest, s.entry.oldest, s.entry.docs, s.entry.issues])).toEqual([
      ['2024', '2024-12-30', '2024-12-29', 3, 2],
      ['2023', '2023-05-28', '2023-05-28', 1, 1],
    ])
    expect(shards[0]!.entry.papers).toEqual(['p'])
    // Within a shard, issues newest first.
    expect(shards[0]!.shard.issues.map((i) => i.date)).toEqual(['2024-12-30', '2024-12-29'])
    // A small archive stays one shard per decade.
    expect(read(shardFiles(issues, INDEX)).map((s) => s.entry.period)).toEqual(['2020s'])
  })

  it('writes per shard its text and facet columns and its FlexSearch index, whose ids are positions in the columns', () => {
    const shards = read(shardFiles(issues, INDEX, BUDGET))
    for (const { entry, shard, index } of shards) {
      expect(entry.index).toBe(entry.file.replace(/\.json$/, '.index.json'))
      expect(index.docs).toBe(shard.docs.id.length)
    }
    const { shard, index } = shards[0]!
    expect(shard.docs.printed).toEqual(['', '2', ''])
    expect(shard.docs.places).toEqual([['3308'], [], ['3308']])
    const found = candidates(importShardIndex(index.chunks), ['衢州'], index.docs)
    expect([...found].map((i) => shard.docs.id[i])).toEqual(['a2024-12-30-0', 'a2024-12-29-0'])
  })

  it('changes only the newest shard when a day is added, and names a shard by its content', () => {
    const names = (list: SearchIssue[]) => read(shardFiles(list, INDEX, BUDGET)).map((s) => s.entry.file)
    const before = names(issues)
    expect(names(issues)).toEqual(before)
    const after = names([issue('2024-12-31', ['新']), ...issues])
    expect(after).toHaveLength(2)
    expect(after[0]).not.toBe(before[0])
    expect(after[1]).toBe(before[1])
  })

  it('puts undated issues in shards of their own, listed last', () => {
    const shards = read(shardFiles([...issues, issue('', ['无日期'])], INDEX, BUDGET))
    expect(shards.map((s) => s.entry.period)).toEqual(['2024', '2023', 'undated'])
    expect(shards[2]!.entry.newest).toBe('')
  })
})
