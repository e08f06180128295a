import { describe, expect, it } from 'vitest'
import { type SearchIssue, shardFiles } from './build-shards'
import { SearchManifest, Shard, ShardIndexFile } from './files'
import { candidates, importShardIndex } from './flex-index'

const issue = (day: number, titles: string[]): SearchIssue => ({
  id: `i${day}`,
  paperId: 'p',
  date: `2024-12-${String(day).padStart(2, '0')}`,
  docs: titles.map((title, k) => [`a${day}-${k}`, String(k + 1), 'news', '', title, '', `${title}的正文`]),
})

function read(files: Map<string, string>) {
  const manifest = SearchManifest.parse(JSON.parse(files.get('search/manifest.json')!))
  return manifest.shards.map((entry) => ({
    entry,
    shard: Shard.parse(JSON.parse(files.get(entry.file)!)),
    index: ShardIndexFile.parse(JSON.parse(files.get(entry.index)!)),
  }))
}

describe('the search shards', () => {
  const issues = [issue(30, ['衢州发展', '杭州新闻']), issue(29, ['衢州旧闻']), issue(28, ['别的'])]

  it('writes per shard its text as columns and its FlexSearch index, whose ids are positions in the columns', () => {
    const shards = read(shardFiles(issues, [{ id: 'p', name: '测试日报' }], { first: 10, max: 20 }))
    expect(shards.map((s) => s.entry.issueIds)).toEqual([['i30'], ['i29', 'i28']])
    for (const { entry, shard, index } of shards) {
      expect(entry.index).toBe(entry.file.replace(/\.json$/, '.index.json'))
      expect(index.docs).toBe(shard.docs.id.length)
      expect(entry.docs).toBe(shard.docs.id.length)
    }
    const { shard, index } = shards[1]!
    const found = candidates(importShardIndex(index.chunks), ['衢州'], index.docs)
    expect([...found].map((i) => [shard.docs.id[i], shard.issues[shard.docs.issue[i]!]!.date])).toEqual([['a29-0', '2024-12-29']])
  })

  it('names a shard by its content: the same text keeps its names, another text gets new ones', () => {
    const names = (list: SearchIssue[]) => read(shardFiles(list, [], { first: 10, max: 20 })).map((s) => s.entry.file)
    const before = names(issues)
    expect(names(issues)).toEqual(before)
    const changed = names([issues[0]!, issue(29, ['衢州旧闻改']), issues[2]!])
    expect(changed[0]).toBe(before[0])
    expect(changed[1]).not.toBe(before[1])
  })
})
