import { describe, expect, it } from 'vitest'
import { type SearchDoc, shardIndexOf, shardOf } from './build-shards'
import { loadShard, SearchEngine, SearchIndex, type SearchRequest, SearchRun } from './engine'
import { SEARCH_VERSION, type SearchManifest, type ShardEntry } from './files'
import { normalize } from './normalize'

/** 浙江省 › 衢州市 › 开化县, and 杭州市. */
const PLACES: SearchManifest['places'] = [
  { code: '33', name: '浙江省', level: 'province' },
  { code: '3308', name: '衢州市', level: 'city', parent: '33' },
  { code: '330824', name: '开化县', level: 'county', parent: '3308' },
  { code: '3301', name: '杭州市', level: 'city', parent: '33' },
]
/** Place codes of article a0, a1, … */
const PLACES_OF: string[][] = [['330824', '3308'], ['3301'], [], ['3308']]

/** A manifest entry for a one-day shard. */
function shardEntry(date: string, docs: number, papers = ['p']): ShardEntry {
  return { file: `s-${date}`, index: `s-${date}.index`, period: date, newest: date, oldest: date, papers, issues: 1, docs, bytes: 0 }
}

/** An engine over `shards` shards of articles given as [title, body], built as the build builds them; ids are a0, a1, … */
function engineOf(articles: [string, string][], shards = 1): SearchEngine {
  const per = Math.ceil(articles.length / shards)
  const date = (s: number) => `2024-12-${String(30 - s).padStart(2, '0')}`
  const engine = new SearchEngine({
    version: SEARCH_VERSION,
    papers: [{ id: 'p', name: '测试日报' }],
    places: PLACES,
    shards: Array.from({ length: shards }, (_, s) => shardEntry(date(s), per)),
  })
  for (let s = 0; s < shards; s++) {
    const docs: SearchDoc[] = articles
      .slice(s * per, (s + 1) * per)
      .map(([title, body], k) => [`a${s * per + k}`, '1', 'news', '', title, '', body, '1', PLACES_OF[s * per + k] ?? []])
    const shard = shardOf([{ id: `i${s}`, paperId: 'p', date: date(s), docs }])
    engine.addShard(s, shard, JSON.parse(JSON.stringify(shardIndexOf(shard))))
  }
  return engine
}

function ids(engine: SearchEngine, query: string, extra: Omit<SearchRequest, 'query'> = {}): string[] {
  return engine
    .search({ limit: 1000, ...extra, query })
    .hits.map((h) => h.id)
    .sort()
}

const ARTICLES: [string, string][] = [
  ['衢州举行发展大会', '本报讯 市长在会上讲话，强调高质量发展。'], // a0
  ['发展', '大会在衢州举行。'], // a1: 发展 and 大会 both occur, but 展大 does not
  ['5G网络覆盖全市', '全市建成5G基站1190.1个，覆盖率达36.8%。'], // a2
  ['ＳＣＯＲＥ 榜单', '全角字母与半角字母：Ｓｃｏｒｅ，ＡＢＣ１２３。'], // a3
  ['水', '一个字的标题。'], // a4
  ['英文 score board', 'The SCORE is 3:2, 15g not 5G.'], // a5
  ['<b>标签</b> & 符号', '正则 .*+?^$()[]{}|\\ 都是普通字符。'], // a6
]

describe('archive search is exact', () => {
  const engine = engineOf(ARTICLES)

  it('does not match a bigram that only spans two separate words', () => {
    // 展大 is a bigram of "发展大会" (a0) but a1 has 发展 and 大会 apart.
    expect(ids(engine, '展大')).toEqual(['a0'])
    expect(ids(engine, '发展大会')).toEqual(['a0'])
    expect(ids(engine, '发展 大会')).toEqual(['a0', 'a1'])
  })

  it('finds one-character queries, and only where the character occurs', () => {
    expect(ids(engine, '水')).toEqual(['a4'])
    expect(ids(engine, '衢')).toEqual(['a0', 'a1'])
    expect(ids(engine, '鹅')).toEqual([])
  })

  it('matches mixed scripts and punctuation inside terms', () => {
    expect(ids(engine, '5G网络')).toEqual(['a2'])
    expect(ids(engine, '5g')).toEqual(['a2', 'a5'])
    expect(ids(engine, '1190.1')).toEqual(['a2'])
    expect(ids(engine, '36.8%')).toEqual(['a2'])
    expect(ids(engine, '1190.2')).toEqual([])
    expect(ids(engine, '3:2')).toEqual(['a5'])
  })

  it('ignores full-width/half-width and case differences', () => {
    expect(ids(engine, 'score')).toEqual(['a3', 'a5'])
    expect(ids(engine, 'ＳＣＯＲＥ')).toEqual(['a3', 'a5'])
    expect(ids(engine, 'abc123')).toEqual(['a3'])
    expect(ids(engine, '36.8％')).toEqual(['a2'])
  })

  it('ANDs terms, treats a quoted phrase as one term and excludes -terms', () => {
    expect(ids(engine, '全市 覆盖')).toEqual(['a2'])
    expect(ids(engine, '"score board"')).toEqual(['a5'])
    expect(ids(engine, '“score board”')).toEqual(['a5'])
    expect(ids(engine, '"board score"')).toEqual([])
    expect(ids(engine, 'score -board')).toEqual(['a3'])
    expect(ids(engine, '衢州 -"发展大会"')).toEqual(['a1'])
  })

  it('takes regex metacharacters and HTML literally', () => {
    expect(ids(engine, '.*+?^$()')).toEqual(['a6'])
    expect(ids(engine, '<b>')).toEqual(['a6'])
    expect(ids(engine, '.*')).toEqual(['a6'])
    expect(ids(engine, '[a-z]')).toEqual([])
  })

  it('answers empty, exclusion-only, emoji and over-long queries without throwing', () => {
    expect(engine.search({ query: '   ' }).status).toBe('empty')
    expect(engine.search({ query: '-衢州' }).status).toBe('exclusions-only')
    expect(engine.search({ query: '😀' }).total).toBe(0)
    const long = engine.search({ query: '衢'.repeat(10_000) })
    expect(long.truncated).toBe(true)
    expect(long.total).toBe(0)
    expect(engine.search({ query: '"unclosed 衢州' }).status).toBe('ok')
  })

  it('agrees with a plain substring scan for every substring of the corpus up to 4 characters', () => {
    const texts = ARTICLES.map(([t, b]) => normalize(`${t}\n${b}`))
    const queries = new Set<string>()
    for (const t of texts) for (let n = 1; n <= 4; n++) for (let i = 0; i + n <= t.length; i++) queries.add(t.slice(i, i + n))
    for (const q of queries) {
      if (/\s/.test(q) || q.startsWith('-') || /^["“「『”]/.test(q)) continue
      const truth = texts.flatMap((t, i) => (t.includes(q) ? [`a${i}`] : [])).sort()
      expect(ids(engine, q), q).toEqual(truth)
    }
  })
})

describe('ranking, filters and scope', () => {
  it('ranks headline matches first, then orders by date on request', () => {
    const engine = engineOf(
      [
        ['无关', '衢州'],
        ['衢州新闻', '内容'],
        ['别的', '衢州衢州衢州'],
        ['衢州', '旧闻'],
      ],
      2,
    )
    const top = engine.search({ query: '衢州' }).hits
    expect(top.slice(0, 2).every((h) => h.inHeadline)).toBe(true)
    expect(engine.search({ query: '衢州', sort: 'newest' }).hits.map((h) => h.date)).toEqual(['2024-12-30', '2024-12-30', '2024-12-29', '2024-12-29'])
    expect(engine.search({ query: '衢州', sort: 'oldest' }).hits[0]!.date).toBe('2024-12-29')
    expect(engine.search({ query: '衢州', filters: { from: '2024-12-30' } }).total).toBe(2)
    expect(engine.search({ query: '衢州', filters: { issueId: 'i1' } }).total).toBe(2)
    expect(engine.search({ query: '衢州', filters: { kind: 'ad' } }).total).toBe(0)
  })

  it('counts every match but returns a page of hits, with highlighted snippets', () => {
    const engine = engineOf(Array.from({ length: 30 }, (_, i) => [`标题${i}`, `正文提到衢州第${i}次`] as [string, string]))
    const res = engine.search({ query: '衢州', limit: 20 })
    expect(res.total).toBe(30)
    expect(res.hits).toHaveLength(20)
    expect(res.hits[0]!.snippet.filter((s) => s.mark).map((s) => s.text)).toEqual(['衢州'])
  })

  it('filters by place (sub-places included) and counts matches per place before that filter', () => {
    const engine = engineOf(ARTICLES)
    // a0 (开化县, 衢州市) and a1 (杭州市) hold 衢州.
    const all = engine.search({ query: '衢州' })
    expect(all.facets.places).toEqual({ '33': 2, '3308': 1, '330824': 1, '3301': 1 })
    expect(all.facets.placeTotal).toBe(2)
    const city = engine.search({ query: '衢州', filters: { place: '3308' } })
    expect(city.hits.map((h) => h.id)).toEqual(['a0'])
    expect(city.total).toBe(1)
    expect(city.place).toBe('3308')
    // The place counts stay those before the place filter, so each is what choosing it gives.
    expect(city.facets.places).toEqual(all.facets.places)
    // An unknown code is ignored.
    const unknown = engine.search({ query: '衢州', filters: { place: '999999' } })
    expect(unknown.total).toBe(2)
    expect(unknown.place).toBeUndefined()
  })

  it('counts kinds and papers under every filter but their own', () => {
    const engine = engineOf(ARTICLES)
    const ads = engine.search({ query: '衢州', filters: { kind: 'ad' } })
    expect(ads.total).toBe(0)
    expect(ads.facets.kinds).toEqual({ news: 2 })
    expect(ads.facets.papers).toEqual({})
  })

  it('reports shards not searched yet', () => {
    const engine = new SearchEngine({ version: SEARCH_VERSION, papers: [], places: [], shards: [shardEntry('2024-01-01', 0)] })
    const response = engine.search({ query: '衢州' })
    expect(response.pendingShards).toBe(1)
    expect(response.searchedYears).toBeUndefined()
  })
})

describe('a run across shards, one at a time', () => {
  // Three one-day shards, newest first, each with two articles holding 衢州.
  const dates = ['2024-03-01', '2023-03-01', '2022-03-01']
  const manifest: SearchManifest = { version: SEARCH_VERSION, papers: [{ id: 'p', name: '测试日报' }], places: PLACES, shards: dates.map((d) => shardEntry(d, 2)) }
  const loaded = dates.map((date, s) => {
    const docs: SearchDoc[] = [0, 1].map((k) => [`d${s}${k}`, '1', 'news', '', `标题${k}`, '', '衢州'])
    const shard = shardOf([{ id: `${date}-p`, paperId: 'p', date, docs }])
    return loadShard(manifest.shards[s]!, shard, shardIndexOf(shard))
  })

  it('counts what it has searched as a lower bound with the years so far, and is exact at the end', () => {
    const run = new SearchRun(new SearchIndex(manifest), { query: '衢州', sort: 'newest' }, 100)
    expect(run.nextShard()).toBe(0)
    run.add(0, loaded[0]!)
    let r = run.response(0, 3)
    expect([r.total, r.pendingShards, r.searchedYears, r.pendingDirection]).toEqual([2, 2, { from: 2024, to: 2024 }, 'older'])
    run.add(1, loaded[1]!)
    // Newest first: a page filled from the newest shards is already the final page.
    r = run.response(0, 3)
    expect(run.has(3)).toBe(true)
    expect(r.hits.map((h) => h.date)).toEqual(['2024-03-01', '2024-03-01', '2023-03-01'])
    run.add(2, loaded[2]!)
    r = run.response(2, 3)
    expect([r.total, r.pendingShards, r.searchedYears]).toEqual([6, 0, { from: 2022, to: 2024 }])
    expect(r.hits.map((h) => h.date)).toEqual(['2023-03-01', '2023-03-01', '2022-03-01'])
    expect(run.done).toBe(true)
  })

  it('starts from the oldest shard for the oldest-first order, and stops at the shard of a scope issue', () => {
    expect(new SearchRun(new SearchIndex(manifest), { query: '衢州', sort: 'oldest' }, 20).nextShard()).toBe(2)
    const scoped = new SearchRun(new SearchIndex(manifest), { query: '衢州', filters: { issueId: '2023-03-01-p' } }, 20)
    expect(scoped.plan).toEqual([1])
    scoped.add(1, loaded[1]!)
    expect(scoped.response().scopeIssue).toEqual({ paperId: 'p', paperName: '测试日报', date: '2023-03-01' })
    expect(scoped.response().total).toBe(2)
  })
})
