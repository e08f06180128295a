import { describe, expect, it } from 'vitest'
import { type SearchDoc, shardIndexOf, shardOf } from './build-shards'
import { SearchEngine, type SearchRequest } from './engine'
import { SEARCH_VERSION } from './files'
import { normalize } from './normalize'

/** An engine over `shards` shards of articles given as [title, body], built as the build builds them; ids are a0, a1, … */
function engineOf(articles: [string, string][], shards = 1): SearchEngine {
  const per = Math.ceil(articles.length / shards)
  const date = (s: number) => `2024-12-${String(30 - s).padStart(2, '0')}`
  const engine = new SearchEngine({
    version: SEARCH_VERSION,
    papers: [{ id: 'p', name: '测试日报' }],
    shards: Array.from({ length: shards }, (_, s) => ({ file: `s${s}`, index: `s${s}.index`, newest: date(s), oldest: date(s), issueIds: [`i${s}`], docs: per, bytes: 0 })),
  })
  for (let s = 0; s < shards; s++) {
    const docs: SearchDoc[] = articles.slice(s * per, (s + 1) * per).map(([title, body], k) => [`a${s * per + k}`, '1', 'news', '', title, '', body])
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

  it('keeps only the given ids, and lists every match before that filter when asked (for place counts)', () => {
    const engine = engineOf(ARTICLES)
    const response = engine.search({ query: '衢州', filters: { ids: ['a1', 'a4'] }, collectIds: true })
    expect(response.hits.map((h) => h.id)).toEqual(['a1'])
    expect(response.total).toBe(1)
    expect(response.matchedIds?.sort()).toEqual(['a0', 'a1'])
    expect(engine.search({ query: '衢州' }).matchedIds).toBeUndefined()
  })

  it('reports shards not loaded yet', () => {
    const engine = new SearchEngine({
      version: SEARCH_VERSION,
      papers: [],
      shards: [{ file: 's0', index: 's0.index', newest: '', oldest: '', issueIds: ['x'], docs: 0, bytes: 0 }],
    })
    expect(engine.search({ query: '衢州' }).pendingShards).toBe(1)
  })
})
