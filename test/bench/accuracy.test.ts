import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { type CorpusPage, hardWrap, ingestCorpusPage, isReserved, loadCorpus, reading, scorePage } from './accuracy'

const sample = fileURLToPath(new URL('../corpus/sample', import.meta.url))
const real = ['dev', 'holdout'].map((set) => fileURLToPath(new URL(`../corpus/${set}`, import.meta.url)))

describe('scorePage', () => {
  const [page] = loadCorpus(sample) as [CorpusPage]

  it('scores a page the ingest reads right as right', () => {
    const s = scorePage(page, ingestCorpusPage(page))
    expect(s.misses).toEqual([])
    expect(s).toMatchObject({ items: 2, headlinesExact: 2, storiesWhole: 2, emitted: 2, authorsRight: 2, kindsRight: 2, nMeta: 4, metaRight: 4, charsLost: 0 })
  })

  it('counts a story cut in two, a wrong headline and wrong authors as misses', () => {
    const truth = structuredClone(page.truth)
    truth.items[0]!.title = '南山村建起菜园'
    truth.items[0]!.authors = [{ name: '张明' }]
    truth.items[1]!.last = '本报讯(记者 张明'
    const s = scorePage({ ...page, truth }, ingestCorpusPage(page))
    expect(s).toMatchObject({ headlinesExact: 1, storiesWhole: 1, authorsRight: 1 })
    expect(s.misses).toHaveLength(3)
  })

  it('counts a story whose closing byline went into its byline as whole', () => {
    const out = ingestCorpusPage(page)
    const story = out.page!.articles.at(-1)!
    const truth = structuredClone(page.truth)
    truth.items[1]!.last = '（王某参与采写）'
    expect(scorePage({ ...page, truth }, out).storiesWhole).toBe(1)
    story.byline = `${story.byline ?? ''}\n（王某参与采写）`
    expect(scorePage({ ...page, truth }, out).storiesWhole).toBe(2)
  })

  it('reads a story from its dateline on when the ingest took a line from its foot into the byline', () => {
    const out = ingestCorpusPage(page)
    const story = out.page!.articles.find((a) => a.title === '南山村建起共享菜园')!
    story.byline = `${story.byline ?? ''}\n（王某参与采写）`
    expect(scorePage(page, out).storiesWhole).toBe(2)
  })

  it('tells stories that open with the same words (本报北京4月30日电) apart by their titles', () => {
    const out = ingestCorpusPage(page)
    const [a, b] = out.page!.articles.filter((x) => x.kind !== 'masthead')
    const truth = structuredClone(page.truth)
    const opening = '本报北京4月30日电'
    a!.paragraphs[0] = opening + a!.paragraphs[0]
    b!.paragraphs[0] = opening + b!.paragraphs[0]
    for (const item of truth.items) item.first = opening
    expect(scorePage({ ...page, truth }, out)).toMatchObject({ headlinesExact: 2, storiesWhole: 2 })
  })

  it('reads a page label the same whatever zeros pad its number (A02 is A2), but not another page', () => {
    const out = ingestCorpusPage(page)
    const truth = structuredClone(page.truth)
    out.page!.meta.pageLabel = 'A2'
    const score = (label: string) => scorePage({ ...page, truth: { ...truth, meta: { ...truth.meta, pageLabel: label } } }, out)
    expect(score('A02').metaRight - score('A3').metaRight).toBe(1)
  })

  it('counts a place tag the truth does not name as wrong', () => {
    const truth = structuredClone(page.truth)
    truth.items[1]!.places = []
    const out = ingestCorpusPage(page)
    out.page!.articles.at(-1)!.places = [{ code: '330802', name: '柯城区' }]
    expect(scorePage({ ...page, truth }, out)).toMatchObject({ placeTags: 1, wrongPlaceTags: 1 })
  })
})

describe('the corpus', () => {
  it('refuses pages dated January to March 2025', () => {
    expect(isReserved('2025-02-14')).toBe(true)
    expect(isReserved('2025-04-01')).toBe(false)
    expect(isReserved('2024-03-01')).toBe(false)
  })

  it('hard-wraps the body, not the front matter, and the sample reads the same wrapped', () => {
    expect(hardWrap('---\ntitle: 一二三四五六七八九十\n---\n一二三四五六七八九十', 4)).toBe('---\ntitle: 一二三四五六七八九十\n---\n一二三四\n五六七八\n九十')
    const [page] = loadCorpus(sample) as [CorpusPage]
    expect(reading(ingestCorpusPage(page, 18))).toBe(reading(ingestCorpusPage(page)))
    // A page wrapped already is left as it is: a second wrap would make stub lines no scan has.
    const wrapped = Array.from({ length: 12 }, () => '一二三四五六七八九十一二三四五六七八九十一').join('\n')
    expect(hardWrap(wrapped, 18)).toBe(wrapped)
  })
})

describe('the real pages of the corpus', () => {
  const pages = real.flatMap((dir) => loadCorpus(dir))

  it('holds pages of many papers, each with its truth', () => {
    expect(pages.length).toBeGreaterThanOrEqual(90)
    expect(new Set(pages.map((p) => p.paper)).size).toBeGreaterThanOrEqual(20)
  })

  // Nothing is lost: every character of every real page ends up in the bundle, as given and hard-wrapped.
  it.each([undefined, 18])('keeps every character of every page (wrapped at %s)', (wrap) => {
    const lost = pages.flatMap((p) => {
      const n = scorePage(p, ingestCorpusPage(p, wrap)).charsLost
      return n ? [`${p.file}: ${n}`] : []
    })
    expect(lost).toEqual([])
  })
})
