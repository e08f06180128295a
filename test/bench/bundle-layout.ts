// Bench section "bundle-layout": how big the files of the split catalog are (src/ingest/split.ts) for a daily paper of
// 8 pages a day over 1, 10 and 30 years, against the whole catalog.json, and what each route's first screen loads
// before its text. The catalog is made directly (no page text is ingested: the layout depends on the summaries only):
// 7 articles a page, headlines cut from the seeds' paragraphs at random (closer to real headlines' variety than
// the seeds' few headlines), 60% of articles tagged with one to three places of a city, its counties and towns
// (the real gazetteer), a few of other cities in the province.
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { loadDivisions } from '../../src/ingest/gazetteer'
import { splitCatalog } from '../../src/ingest/split'
import { BUNDLE_VERSION, type ArticleKind, type Catalog, type IssueSummary, type LibraryIndex, type PaperYear, type PlaceEntry } from '../../src/schema/bundle'
import { shardPath } from '../../src/schema/layout'
import { loadPool, rng } from './corpus'

interface Table {
  title: string
  columns: string[]
  rows: string[][]
  notes?: string[]
}

const PAGES = 8
const ARTICLES_PER_PAGE = 7
const CITY = '3308'
const PAGE_NAMES = ['要闻', '综合', '区县', '经济', '社会', '文化', '体育', '副刊']
const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
const KINDS: ArticleKind[] = ['news', 'news', 'news', 'news', 'commentary', 'photo', 'ad']
const ID_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** A daily paper's catalog over `years` years ending 2025-12-31, with its place entries. */
export function dailyCatalog(root: string, years: number, seed = 7): Catalog {
  const r = rng(seed)
  const pool = loadPool(join(root, 'seeds'))
  const text = pool.body.join('').replace(/\s+/g, '')
  const headline = () => {
    const length = 8 + Math.floor(r() * 14)
    const at = Math.floor(r() * (text.length - length))
    return text.slice(at, at + length)
  }
  const id = (n: number) => Array.from({ length: n }, () => ID_CHARS[Math.floor(r() * ID_CHARS.length)]).join('')
  const all = loadDivisions()
  const local = [...all.values()].filter((d) => d.code.startsWith(CITY))
  const province = [...all.values()].filter((d) => d.code.startsWith(CITY.slice(0, 2)) && d.level !== 'town' && !d.code.startsWith(CITY))
  const pickPlace = () => {
    const from = r() < 0.85 ? local : province
    return from[Math.floor(r() * from.length)]!.code
  }
  const used = new Set<string>()
  const paperId = 'a1b2c3d4'
  const issues: IssueSummary[] = []
  const last = Date.UTC(2025, 11, 31)
  const first = Date.UTC(2026 - years, 0, 1)
  let serial = 20000
  for (let t = last; t >= first; t -= 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10)
    const issueId = `${date}-${paperId.slice(0, 6)}`
    issues.push({
      id: issueId,
      paperId,
      date,
      dateInferred: false,
      weekday: WEEKDAYS[new Date(t).getUTCDay()],
      serial: serial--,
      pagesToday: PAGES,
      body: `issues/${issueId}.${id(10)}.json`,
      pages: Array.from({ length: PAGES }, (_, p) => ({
        id: id(10),
        number: p + 1,
        name: PAGE_NAMES[p],
        sourceFile: `衢州日报/${date}/p${String(p + 1).padStart(2, '0')}.txt`,
        articles: Array.from({ length: ARTICLES_PER_PAGE }, () => {
          const places = r() < 0.6 ? Array.from({ length: 1 + Math.floor(r() * 3) }, pickPlace) : []
          for (const code of places) used.add(code)
          const kicker = r() < 0.2 ? headline() : undefined
          return { id: id(8), kind: KINDS[Math.floor(r() * KINDS.length)]!, title: headline(), kicker, places: places.length ? [...new Set(places)] : undefined }
        }),
      })),
    })
  }
  // The places the articles use, with their parents.
  const places = new Map<string, PlaceEntry>()
  for (const code of used)
    for (let d = all.get(code); d && !places.has(d.code); d = d.parent ? all.get(d.parent) : undefined) places.set(d.code, { code: d.code, name: d.name, level: d.level, parent: d.parent })
  return { version: BUNDLE_VERSION, papers: [{ id: paperId, name: '衢州日报', locality: '衢州市', localityCode: CITY, nameInferred: false }], places: [...places.values()], issues, warnings: [] }
}

interface Sizes {
  raw: number
  gzip: number
}
const sizeOf = (text: string): Sizes => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text).length })
const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`)
const both = (s: Sizes) => `${kb(s.raw)} / ${kb(s.gzip)}`

export const bundleLayoutSection = {
  name: 'bundle-layout',
  async run(ctx: { root: string }): Promise<Table[]> {
    const files: string[][] = []
    const routes: string[][] = []
    for (const years of [1, 10, 30]) {
      const catalog = dailyCatalog(ctx.root, years)
      const articles = catalog.issues.reduce((n, i) => n + i.pages.reduce((m, p) => m + p.articles.length, 0), 0)
      const split = new Map(splitCatalog(catalog))
      const index = JSON.parse(split.get('index.json')!) as LibraryIndex
      const size = (path: string) => sizeOf(split.get(path)!)
      const newest = index.archives[0]!.years[0]!
      // A full year (the newest of a 1-year archive is full too: it runs Jan–Dec).
      const year = size(newest.file)
      const list = JSON.parse(split.get(newest.file)!) as PaperYear
      // The newest month's placed articles (December: a full month).
      const places = size(list.places[0]!.file)
      const shards = [...split.keys()].filter((k) => k.startsWith(`${index.lookup.dir}/`)).map(size)
      const shardMax = shards.reduce((a, b) => (b.gzip > a.gzip ? b : a))
      const shardAvg = { raw: shards.reduce((n, s) => n + s.raw, 0) / shards.length, gzip: shards.reduce((n, s) => n + s.gzip, 0) / shards.length }
      const idx = size('index.json')
      const whole = sizeOf(JSON.stringify(catalog))
      files.push([
        `${years} year${years > 1 ? 's' : ''}`,
        articles.toLocaleString('en'),
        both(whole),
        both(idx),
        both(year),
        both(places),
        `${shards.length} × ${both(shardAvg)} (max ${kb(shardMax.gzip)} gz)`,
      ])
      // What each route's first screen reads of the layout before its text (gzip), the issue body aside.
      const article = catalog.issues[0]!.pages[0]!.articles[0]!.id
      const shard = (key: string) => size(shardPath(index.lookup, key)).gzip
      const code = CITY
      routes.push([
        `${years}`,
        // The home page reads the newest issue's entry through the id map too.
        kb(idx.gzip + shard(catalog.issues[0]!.id) + year.gzip),
        kb(idx.gzip + shard(article) + year.gzip),
        kb(idx.gzip + year.gzip),
        kb(idx.gzip),
        kb(idx.gzip + shard(code) + year.gzip + places.gzip),
      ])
      // Let the 30-year catalog go before the next one is made.
      split.clear()
    }
    return [
      {
        title: 'bundle layout: file sizes, daily paper of 8 pages (raw / gzip)',
        columns: ['archive', 'articles', 'catalog.json (whole)', 'index.json', 'a year’s issue list', 'a month’s placed articles', 'id-map shards'],
        rows: files,
        notes: [
          'catalog.json is still written for search (branch search-lazy removes that need); no reader route loads it.',
          'A year’s issue list (years/…) holds its issues and their pages’ names, no article summaries; a month’s placed articles (places/…) are loaded only by /places/$code and the archive’s ?place= filter, one month at a time.',
        ],
      },
      {
        title: 'bundle layout: split-catalog bytes a route reads before its first text (gzip; the issue body comes on top where the route shows one)',
        columns: ['years', 'home /', '/articles/<id> cold', '/papers/$paperId', '/places', '/places/$code'],
        rows: routes,
        notes: ['home and a deep link read index.json, one id-map shard and one year list, then the issue body (the fixture’s 4-page issue body is 4 KB gzip; a real 8-page issue about 30–60 KB).'],
      },
    ]
  },
}
