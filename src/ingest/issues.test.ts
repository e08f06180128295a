import { describe, expect, it } from 'vitest'
import type { Warning } from '../schema/bundle'
import { assemble, type CachedIssue, packYear, unpackYear } from './issues'
import { ingestPage } from './page'
import { type PageRecord, toRecord } from './page-record'
import { readBodies } from './write'

const page = (file: string, text: string): PageRecord => {
  const { page: p } = ingestPage(file, new TextEncoder().encode(text))
  if (!p) throw new Error('no page')
  return toRecord(p)
}
const front = page('a.txt', '某某日报\n\n2024年5月6日 星期一 第1版\n\n大桥建成通车\n\n本报讯(记者 张三)大桥全长两公里，\n\n今天正式通车。(下转第2版)')
const second = page('b.txt', '---\npaper: 某某日报\ndate: 2024-05-06\npage: 2\n---\n大桥建成通车\n\n(上接第1版)通车后，两岸往来更方便。')
const otherDay = page('c.txt', '某某日报\n\n2024年5月7日 星期二 第1版\n\n新闻标题\n\n本报讯(记者 李四)今天天气很好。')

describe('assemble', () => {
  it('groups pages of the same paper and date into one issue ordered by page, newest issue first', () => {
    const { catalog } = assemble([second, otherDay, front], [])
    expect(catalog.papers.map((p) => p.name)).toEqual(['某某日报'])
    expect(catalog.issues.map((i) => [i.date, i.pages.map((p) => p.number)])).toEqual([
      ['2024-05-07', [1]],
      ['2024-05-06', [1, 2]],
    ])
  })

  it('links both halves of a continued story', () => {
    const { catalog, bodies } = assemble([front, second], [])
    const body = readBodies(bodies).get(catalog.issues[0]?.id ?? '')
    const [p1, p2] = body?.pages ?? []
    const from = p1?.articles.find((a) => a.continuedTo)
    const to = p2?.articles.find((a) => a.continuedFrom)
    expect(from?.continuedTo).toMatchObject({ page: 2, articleId: to?.id })
    expect(to?.continuedFrom).toMatchObject({ page: 1, articleId: from?.id })
  })

  it('gives ids that do not depend on which other files are present', () => {
    const ids = (drafts: PageRecord[]) => assemble(drafts, []).catalog.issues.flatMap((i) => i.pages.flatMap((p) => p.articles.map((a) => `${a.title}=${a.id}`)))
    const alone = ids([front])
    const withOthers = ids([otherDay, front, second])
    for (const id of alone) expect(withOthers).toContain(id)
    expect(ids([front, second])).toEqual(ids([second, front]))
    expect(alone.every((entry) => (entry.split('=')[1] ?? '').length <= 12)).toBe(true)
  })

  it('warns when two files claim the same paper, date and page and keeps both', () => {
    const warnings: Warning[] = []
    const copy = page('d.txt', '某某日报\n\n2024年5月6日 星期一 第1版\n\n另一条新闻\n\n本报讯(记者 王五)内容不同。')
    const { catalog } = assemble([front, copy], warnings)
    expect(catalog.issues[0]?.pages).toHaveLength(2)
    expect(warnings.some((w) => w.file === 'd.txt' && w.message.includes('第 1 版'))).toBe(true)
  })

  it('orders the pages of a paper printed in sections by section and number, and links continuations between them', () => {
    const masthead = '某某晚报\n\n2024年3月5日 星期二'
    // The front page prints no label: it is page 1 by inference, which a mark naming A1 still finds.
    const a1 = page('z-front.txt', `${masthead}\n\n两会特别报道\n\n本报讯(记者 王五)全国两会在北京召开，代表委员共商国是。(下转A3版)`)
    const a3 = page('y.txt', `${masthead}\n\n第A3版：综合\n\n两会特别报道\n\n(上接A1版)代表委员们认为，报告实事求是。（下转Ｂ１版）`)
    const a12 = page('x.txt', `${masthead}\n\n第A12版：体育\n\n马拉松开跑\n\n本报讯(记者 李四)三万人参加了马拉松。`)
    const b1 = page('w.txt', `${masthead}\n\nB1版 城市\n\n两会特别报道\n\n(上接A3版)会场外，市民热议报告。`)
    const warnings: Warning[] = []
    const { catalog, bodies } = assemble([b1, a12, a3, a1], warnings)
    const [issue] = catalog.issues
    expect(issue?.pages.map((p) => [p.number, p.label, p.name])).toEqual([
      [1, undefined, undefined],
      [undefined, 'A3', '综合'],
      [undefined, 'A12', '体育'],
      [undefined, 'B1', '城市'],
    ])
    expect(warnings).toEqual([])
    const pages = readBodies(bodies).get(issue?.id ?? '')?.pages ?? []
    const story = (label: string | undefined) => pages.find((p) => p.label === label)?.articles.find((a) => a.title === '两会特别报道' || a.continuedFrom)
    const [front, middle, last] = [story(undefined), story('A3'), story('B1')]
    expect(front?.continuedTo).toEqual({ page: 3, label: 'A3', text: '(下转A3版)', articleId: middle?.id })
    expect(middle?.continuedFrom).toMatchObject({ label: 'A1', articleId: front?.id })
    expect(middle?.continuedTo).toMatchObject({ label: 'B1', articleId: last?.id })
    expect(last?.continuedFrom).toMatchObject({ label: 'A3', articleId: middle?.id })
  })

  it('tells two files with the same label apart from pages with that number', () => {
    const warnings: Warning[] = []
    const masthead = '某某晚报\n\n2024年3月5日 星期二'
    const a2 = page('a.txt', `${masthead}\n\n第A2版\n\n新闻一\n\n本报讯(记者 王五)内容一。`)
    const again = page('b.txt', `${masthead}\n\n第A2版\n\n新闻二\n\n本报讯(记者 王五)内容二。`)
    const b2 = page('c.txt', `${masthead}\n\n第B2版\n\n新闻三\n\n本报讯(记者 王五)内容三。`)
    const { catalog } = assemble([a2, again, b2], warnings)
    expect(catalog.issues[0]?.pages.map((p) => p.label)).toEqual(['A2', undefined, 'B2'])
    expect(warnings.map((w) => [w.file, w.message.includes('第 A2 版')])).toEqual([['b.txt', true]])
  })

  it('dates a page whose masthead prints month, day and weekday but no year, from the year its text names, and says why', () => {
    const saturday = page('s.txt', '某某日报\n\n11月30日 星期六 第1版\n\n大桥通车\n\n本报讯(记者 张三)2024年建成的大桥今天通车。')
    expect(saturday.meta).toMatchObject({ date: '2024-11-30', provenance: { date: 'inferred' } })
    expect(saturday.meta.basis.date).toContain('星期六')
    // 2024-11-30 was no Friday, nor was 2025-11-30: no date, only the year.
    const friday = page('f.txt', '某某日报\n\n11月30日 星期五 第1版\n\n大桥通车\n\n本报讯(记者 张三)2024年建成的大桥今天通车。')
    expect([friday.meta.date, friday.meta.year]).toEqual([undefined, 2024])
    expect(assemble([saturday], []).catalog.issues[0]).toMatchObject({ date: '2024-11-30', dateInferred: true })
  })

  it('keeps undated pages of unknown papers as separate issues of an unnamed paper, never a name made up from the place', () => {
    const undated = page('e.txt', '村里修了新路\n\n本报讯(记者 赵六)我区某某村修通了新路。柯城区交通局表示，柯城将继续推进。柯城加油。')
    const { catalog } = assemble([undated], [])
    expect(catalog.issues[0]).toMatchObject({ dateInferred: true })
    const [paper] = catalog.papers
    expect(paper).toMatchObject({ name: '未署名报纸', nameInferred: false, locality: '柯城区' })
    expect(paper?.name).not.toContain('柯城')
    expect(paper?.unnamed).toContain('未印报名')
    // Another place's unnamed pages are another paper; a paper whose name is printed has no reason.
    const other = page('f.txt', '新路通车\n\n本报讯 我市新路通车，永康市交通局表示，永康将继续推进。')
    const named = page('g.txt', '衢州日报\n\n2024年11月30日 星期六 第1版\n\n新路通车\n\n本报讯 新路通车。')
    const papers = assemble([undated, other, named], []).catalog.papers
    expect(papers.map((p) => [p.name, p.locality, p.unnamed !== undefined])).toEqual(expect.arrayContaining([['未署名报纸', '柯城区', true], ['未署名报纸', '永康市', true], ['衢州日报', '衢州市', false]]))
  })
})

describe('a year of issues in the cache', () => {
  const cachedYear = () => {
    const { catalog } = assemble([second, otherDay, front], [])
    return new Map<string, CachedIssue>(catalog.issues.map((summary, i) => [`k${i}`, { summary, digest: 'd', size: 1, places: [], warnings: [], ids: '' }]))
  }

  it('reads back the same summaries, member for member', () => {
    const year = cachedYear()
    const { year: packed, pages } = structuredClone(packYear(year))
    const back = unpackYear(packed, () => pages)
    expect([...back.keys()]).toEqual([...year.keys()])
    for (const [key, { summary }] of year) expect(JSON.stringify(back.get(key)?.summary)).toBe(JSON.stringify(summary))
  })

  it('reads a year’s pages once, when a summary’s pages are first asked for', () => {
    const { year, pages } = packYear(cachedYear())
    let reads = 0
    const back = [...unpackYear(year, () => (reads++, pages)).values()].map((c) => c.summary)
    expect(back[0]!.date).toBe('2024-05-07')
    expect(reads).toBe(0)
    expect(back[0]!.pages[0]!.articles.map((a) => a.title)).toContain('新闻标题')
    expect(back[1]!.pages).toHaveLength(2)
    expect(reads).toBe(1)
  })

  it('makes a summary’s pages anew when the kept ones are gone, and says so when it cannot', () => {
    const { year } = packYear(cachedYear())
    const [first, second] = [...unpackYear(year, () => 'not a list').values()]
    first!.again = () => []
    expect(first!.summary.pages).toEqual([])
    expect(() => second!.summary.pages).toThrow(/issue .* are gone/)
  })
})
