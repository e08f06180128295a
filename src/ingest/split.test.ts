import { describe, expect, it } from 'vitest'
import { archiveArticleId, archiveFixture, archiveIssueId } from '../../test/archive-fixture'
import { IssueBody, issueEntryOf, LibraryIndex, LookupShard, PaperYear, PlacedArticles } from '../schema/bundle'
import { bodyPath, dayOfYear, hasDay, shardPath } from '../schema/layout'
import { shardPrefix, splitCatalog, splitEntries, type SplitCache, type YearPart } from './split'
import { bundleEntries, bundleFiles } from './write'

const DATES = ['2022-12-31', '2023-01-02', '2023-11-30', '2023-12-31', '2024-01-01', '2024-11-29', '2024-11-30']

function split(dates = DATES) {
  const files = new Map([...bundleFiles(archiveFixture(dates))].map(([k, v]) => [k, typeof v === 'string' ? v : new TextDecoder().decode(v)]))
  const read = (path: string) => JSON.parse(files.get(path) ?? 'null') as unknown
  return { files, read, index: LibraryIndex.parse(read('index.json')) }
}

/** Consecutive days from `first`, as ISO dates. */
const days = (first: string, n: number) => Array.from({ length: n }, (_, i) => new Date(Date.parse(first) + i * 86_400_000).toISOString().slice(0, 10))

describe('the split catalog', () => {
  it('lists each paper’s years newest first with their issue counts, days and files', () => {
    const { index, read } = split()
    const archive = index.archives.find((a) => a.paperId === 'quzhou-daily')!
    expect(archive.years.map((y) => [y.year, y.issues])).toEqual([
      [2024, 3],
      [2023, 3],
      [2022, 1],
    ])
    const y2023 = archive.years[1]!
    expect(hasDay(y2023.days, dayOfYear('2023-11-30')!)).toBe(true)
    expect(hasDay(y2023.days, dayOfYear('2023-11-29')!)).toBe(false)
    const list = PaperYear.parse(read(y2023.file))
    expect(list.issues.map((i) => i.id)).toEqual(['2023-12-31', '2023-11-30', '2023-01-02'].map(archiveIssueId))
    // No article summaries in a year list: the list stays small.
    expect(JSON.stringify(list)).not.toContain('"articles"')
  })

  it('names each paper’s newest issues on the home page, with their pages’ lead headlines', () => {
    const { index } = split()
    expect(index.latest.map((i) => i.id)).toEqual(['kcxw-20241202', ...['2024-11-30', '2024-11-29', '2024-01-01'].map(archiveIssueId)])
    expect(index.latest[1]!.pages[0]!.lead).toBe('高屹率团赴韩国开展经贸考察访问')
  })

  it('finds every article and issue in one shard of the id map', () => {
    const { index, read } = split()
    const shard = (key: string) => LookupShard.parse(read(shardPath(index.lookup, key)))
    const yearList = (paperId: string, year: number) => PaperYear.parse(read(index.archives.find((a) => a.paperId === paperId)!.years.find((y) => y.year === year)!.file))
    const id = archiveArticleId('a4rnd', '2023-01-02')
    const [issueId, pageIndex, paperId, year, digest] = shard(id).articles[id]!
    expect([issueId, pageIndex, paperId, year]).toEqual([archiveIssueId('2023-01-02'), 1, 'quzhou-daily', 2023])
    // The digest names the issue's body, so a deep link needs no issue list: the body says the rest of the issue.
    const body = IssueBody.parse(read(bodyPath(issueId, digest)))
    expect(body.issueId).toBe(issueId)
    expect(issueEntryOf(body, bodyPath(issueId, digest))).toEqual(yearList('quzhou-daily', 2023).issues.find((i) => i.id === issueId))
    const older = archiveIssueId('2022-12-31')
    const [olderPaper, olderYear, olderDigest] = shard(older).issues[older]!
    expect([olderPaper, olderYear]).toEqual(['quzhou-daily', 2022])
    expect(IssueBody.parse(read(bodyPath(older, olderDigest))).issue.date).toBe('2022-12-31')
    expect(shard('nope').articles.nope).toBeUndefined()
  })

  it('counts places per paper, and per paper-month in the id map, a place counting its sub-places once per article', () => {
    const content = archiveFixture(['2023-06-01', '2024-06-01'])
    content.catalog.places = [
      { code: '33', name: '浙江省', level: 'province' },
      { code: '3308', name: '衢州市', level: 'city', parent: '33' },
      { code: '330824', name: '开化县', level: 'county', parent: '3308' },
    ]
    for (const issue of content.catalog.issues)
      for (const page of issue.pages)
        for (const a of page.articles) {
          if (a.id.startsWith('a1gaoyi')) a.places = ['330824', '3308']
          if (a.id.startsWith('a4rnd') && issue.date === '2024-06-01') a.places = ['3308']
        }
    const files = new Map([...splitCatalog({ ...content.catalog })])
    const index = LibraryIndex.parse(JSON.parse(files.get('index.json')!))
    const archive = index.archives.find((a) => a.paperId === 'quzhou-daily')!
    expect(archive.placeCounts).toEqual({ '330824': [2, 2], '3308': [3, 3], '33': [3, 3] })
    expect(archive.tagged).toBe(3)
    const shard = LookupShard.parse(JSON.parse(files.get(shardPath(index.lookup, '3308'))!))
    expect(shard.places['3308']).toEqual([
      ['quzhou-daily', 2024, 6, 2, 2],
      ['quzhou-daily', 2023, 6, 1, 1],
    ])
    const list = PaperYear.parse(JSON.parse(files.get(archive.years[0]!.file)!))
    expect(list.places.map((p) => p.month)).toEqual([6])
    const places = PlacedArticles.parse(JSON.parse(files.get(list.places[0]!.file)!))
    expect(places.articles.map((a) => [a.id, a.page])).toEqual([
      [archiveArticleId('a1gaoyi', '2024-06-01'), 0],
      [archiveArticleId('a4rnd', '2024-06-01'), 1],
    ])
  })

  it('keeps index.json the same size whatever the number of issues in a year', () => {
    const small = split(days('2023-01-01', 20)).files.get('index.json')!.length
    const large = split(days('2023-01-01', 300)).files.get('index.json')!.length
    // Only the day bitmap grows: at most one hex digit per four days.
    expect(large - small).toBeLessThanOrEqual(75)
  })

  it('gives the same names to the same content, and changes only the id-map shards whose keys change', () => {
    const a = split()
    expect([...split().files.keys()]).toEqual([...a.files.keys()])
    const b = split(DATES.slice(1))
    expect(b.index.lookup).toEqual(a.index.lookup)
    const shards = (s: ReturnType<typeof split>) => new Map([...s.files].filter(([path]) => path.startsWith(`${s.index.lookup.dir}/`)))
    const [before, after] = [shards(a), shards(b)]
    expect([...after.keys()]).toEqual([...before.keys()])
    // One issue fewer: the shards of its id and its articles' ids change, the others keep their bytes.
    const changed = [...after].filter(([path, json]) => before.get(path) !== json).map(([path]) => path)
    const dropped = archiveIssueId(DATES[0]!)
    expect(changed).toContain(shardPath(a.index.lookup, dropped))
    expect(changed.length).toBeGreaterThan(0)
    expect(changed.length).toBeLessThan(after.size)
  })

  it('spreads the id map over more shards as the archive grows', () => {
    expect(shardPrefix(10)).toBe(1)
    expect(shardPrefix(16 * 512)).toBe(1)
    expect(shardPrefix(16 * 512 + 1)).toBe(2)
    expect(shardPrefix(700_000)).toBe(3)
  })

  describe('with a cache of the years made before', () => {
    /** A cache in memory that counts what it was asked for. */
    function memoryCache() {
      const parts = new Map<string, YearPart>()
      const texts = new Map<string, Map<string, string>>()
      const asked = { parts: 0, texts: 0 }
      const cache: SplitCache = {
        key: (paperId, year, issues) => [paperId, year, ...issues.map((i) => i.body)].join('|'),
        get: (key) => (asked.parts++, parts.get(key)),
        texts: (key) => (asked.texts++, texts.get(key)),
        set: (key, part, made) => {
          parts.set(key, structuredClone(part))
          if (made) texts.set(key, new Map(made))
        },
      }
      return { cache, parts, texts, asked }
    }
    /** The split catalog's files as bundleEntries names them (bodies at their hashed paths), through the cache. */
    const files = (content: ReturnType<typeof archiveFixture>, cache?: SplitCache) =>
      new Map(
        [...bundleEntries({ ...content, split: cache })]
          .filter(([path]) => !path.startsWith('issues/'))
          .map(([path, text, bytes]) => {
            const json = String(text())
            expect(bytes === undefined || bytes === Buffer.byteLength(json)).toBe(true)
            return [path, json]
          }),
      )

    it('gives the same files cold and warm, taking unchanged years whole from the cache', () => {
      const plain = files(archiveFixture(DATES))
      const { cache, asked } = memoryCache()
      expect(files(archiveFixture(DATES), cache)).toEqual(plain)
      asked.texts = 0
      const warm = [...splitEntries({ ...archiveFixture(DATES).catalog, issues: [] }, cache)]
      expect(warm.map(([path]) => path)).toContain('index.json')
      // Warm: the years' files are listed with their sizes, and their JSON is not read until a file is asked for.
      const content = archiveFixture(DATES)
      const entries = [...bundleEntries({ ...content, split: cache })].filter(([path]) => /^(years|places)\//.test(path))
      expect(entries.length).toBeGreaterThan(0)
      expect(entries.every(([, , bytes]) => bytes !== undefined)).toBe(true)
      expect(asked.texts).toBe(0)
      expect(files(archiveFixture(DATES), cache)).toEqual(plain)
      expect(asked.texts).toBeGreaterThan(0)
    })

    it('makes again only the year a new issue joins, and the files stay those of a cold split', () => {
      const { cache, parts } = memoryCache()
      files(archiveFixture(DATES), cache)
      const kept = new Set(parts.keys())
      const more = [...DATES, '2024-12-01']
      expect(files(archiveFixture(more), cache)).toEqual(files(archiveFixture(more)))
      const added = [...parts.keys()].filter((k) => !kept.has(k))
      expect(added).toHaveLength(1)
      expect(added[0]).toMatch(/\|2024\|/)
    })

    it('cuts cached years anew for the id map when the archive outgrows its shard count', () => {
      const few = days('2023-01-01', 3)
      const many = [...few, ...days('2024-01-01', 1000)]
      const { cache } = memoryCache()
      const first = files(archiveFixture(few), cache)
      const grown = files(archiveFixture(many), cache)
      expect(JSON.parse(first.get('index.json')!).lookup.prefix).toBe(1)
      expect(JSON.parse(grown.get('index.json')!).lookup.prefix).toBe(2)
      expect(grown).toEqual(files(archiveFixture(many)))
    })

    it('makes a year’s files again when their kept JSON is gone', () => {
      const plain = files(archiveFixture(DATES))
      const { cache, texts } = memoryCache()
      files(archiveFixture(DATES), cache)
      texts.clear()
      expect(files(archiveFixture(DATES), cache)).toEqual(plain)
    })
  })
})
