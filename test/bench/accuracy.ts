// Ingest accuracy on a corpus of real pages with ground truth (test/corpus/README.md):
// each page goes through the same page steps as the build (ingestPage), and
// what comes out is compared with what a careful reader sees on the page.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { type PageDraft, checkNothingLost, ingestPage } from '../../src/ingest/page'
import { withoutMarkup } from '../../src/ingest/blocks'
import { splitFrontMatter } from '../../src/ingest/explicit-meta'
import { decode } from '../../src/ingest/decode'

export interface TruthAuthor {
  name: string
  role?: string
}

export interface TruthItem {
  kind: string
  kicker?: string
  title: string
  subtitle?: string
  authors?: TruthAuthor[]
  first: string
  last: string
  subheads?: string[]
  places?: string[]
}

export interface Truth {
  source?: string
  format?: string
  meta?: { paper?: string; date?: string; page?: number; pageLabel?: string; pageName?: string }
  locality?: string | null
  items: TruthItem[]
}

export interface CorpusPage {
  /** Path relative to the corpus's pages folder: `<paper-slug>/<name>.txt`. */
  file: string
  paper: string
  bytes: Buffer
  sidecar?: string
  truth: Truth
}

/** Counts of one page, or summed over many. `n…` are denominators. */
export interface Tally {
  pages: number
  items: number
  headlinesExact: number
  storiesWhole: number
  emitted: number
  nAuthors: number
  authorsRight: number
  kindsRight: number
  nMeta: number
  metaRight: number
  nSubheads: number
  subheadsRight: number
  placeTags: number
  wrongPlaceTags: number
  charsLost: number
  warnings: number
}

export interface PageScore extends Tally {
  file: string
  /** Human-readable misses, for working on the rules. */
  misses: string[]
}

const zero = (): Tally => ({
  pages: 0, items: 0, headlinesExact: 0, storiesWhole: 0, emitted: 0, nAuthors: 0, authorsRight: 0, kindsRight: 0,
  nMeta: 0, metaRight: 0, nSubheads: 0, subheadsRight: 0, placeTags: 0, wrongPlaceTags: 0, charsLost: 0, warnings: 0,
})

/** Pages dated January to March 2025 are reserved for acceptance and never scored here. */
export const isReserved = (date: string | undefined): boolean => !!date && /^2025-0[1-3]-/.test(date)

/** Comparison form: no whitespace, full-width folded, Markdown emphasis, a subtitle's leading dash and a leading bullet gone. */
export function norm(s: string | undefined): string {
  return (s ?? '').normalize('NFKC').replace(/[\s*_#]+/g, '').replace(/^[—–-]+/, '').replace(/^[•·◆◇●○■□★☆▪▶►]+/, '')
}

type OutArticle = PageDraft['articles'][number]

/**
 * The byline counts as body: truth files may start a story's body at its dateline (本报讯…) or after it. Two readings:
 * the byline before the paragraphs, and its first line before them with the lines the ingest took into it from the
 * story's foot (a closing byline) after them.
 */
const bodiesOf = (a: OutArticle): string[] => {
  const figures = (a.figures ?? []).map((f) => f.caption + (f.credit ?? ''))
  const [head = '', ...foot] = (a.byline ?? '').split('\n')
  const whole = norm([a.byline ?? '', ...a.paragraphs, ...figures].join(''))
  return foot.length ? [whole, norm([head, ...a.paragraphs, ...figures, ...foot].join(''))] : [whole]
}

/** The output article that holds the item's first words, else the one with its title. */
function matchItem(item: TruthItem, articles: OutArticle[], bodies: string[][]): number {
  const first = norm(item.first)
  const title = norm(item.title)
  const holding = first ? articles.flatMap((_, k) => ((bodies[k] ?? []).some((v) => v.includes(first)) ? [k] : [])) : []
  // Several stories may open with the same words (本报北京4月30日电): the one under the item's title, else the first.
  if (holding.length > 1) return holding.find((k) => norm(articles[k]?.title) === title || norm(articles[k]?.kicker) === title) ?? (holding[0] as number)
  if (holding.length) return holding[0] as number
  return title ? articles.findIndex((a) => norm(a.title) === title) : -1
}

/** Page labels are the same whatever zeros pad their number: A02 is A2 (the bundle keeps the label without them). */
const samePageLabel = (got: unknown, want: unknown): boolean => {
  const bare = (v: unknown) => String(v ?? '').toUpperCase().replace(/^([A-Z]+)0+(?=[0-9])/, '$1')
  return got !== undefined && bare(got) === bare(want)
}

/** A tagged place matches a truth name when one names the other, suffix or not (开化 ~ 开化县). */
const samePlace = (tag: string, truth: string): boolean => {
  const strip = (s: string) => s.replace(/(?:特别行政区|自治区|自治州|自治县|省|市|区|县|镇|乡|街道)$/, '')
  return tag === truth || strip(tag) === strip(truth)
}

export function scorePage(page: CorpusPage, out: { page?: PageDraft; problems: { message: string }[] }): PageScore {
  const s: PageScore = { ...zero(), file: page.file, misses: [], pages: 1, warnings: out.problems.length }
  const t = page.truth
  const articles = (out.page?.articles ?? []).filter((a) => a.kind !== 'masthead')
  const bodies = articles.map(bodiesOf)
  s.items = t.items.length
  s.emitted = articles.length
  const placesScored = new Set<number>()
  for (const item of t.items) {
    const label = `「${item.title}」`
    const i = matchItem(item, articles, bodies)
    const a = articles[i]
    if (!a) {
      s.misses.push(`${label}: no article holds its first words or title`)
      if (item.authors?.length) s.nAuthors++
      continue
    }
    const headline = [a.kicker, a.title, a.subtitle].map(norm)
    const want = [item.kicker, item.title, item.subtitle].map(norm)
    if (headline.every((h, k) => h === want[k])) s.headlinesExact++
    else s.misses.push(`${label}: headline ${JSON.stringify({ kicker: a.kicker, title: a.title, subtitle: a.subtitle })}`)
    const readings = bodies[i] ?? []
    const [first, last] = [norm(item.first), norm(item.last)]
    // A story closing with its byline (…（冯某参与采写）) is whole when that line went into the byline, where it belongs,
    // also when the truth's last words begin in the paragraph above it (…。（冯某参与采写）).
    const whole = readings.some((body) => {
      const at = body.indexOf(first)
      return at >= 0 && (body.indexOf(last, at) >= 0 || norm(a.byline).endsWith(last) || (a.byline !== undefined && (body + norm(a.byline)).endsWith(last)))
    })
    if (whole) s.storiesWhole++
    else s.misses.push(`${label}: not whole (last words ${readings.some((b) => b.includes(last)) ? 'before the first' : 'elsewhere'})`)
    if (a.kind === item.kind) s.kindsRight++
    else s.misses.push(`${label}: kind ${a.kind}, not ${item.kind}`)
    if (item.authors) {
      s.nAuthors++
      const got = [...new Set([...a.authors, ...(a.figures ?? []).flatMap((f) => f.authors)].map((x) => norm(x.name)))].sort()
      const expected = [...new Set(item.authors.map((x) => norm(x.name)))].sort()
      if (got.join('/') === expected.join('/')) s.authorsRight++
      else s.misses.push(`${label}: authors ${got.join('/') || '—'}, not ${expected.join('/') || '—'}`)
    }
    if (item.subheads?.length) {
      s.nSubheads += item.subheads.length
      const marked = new Set((a.subheads ?? []).map((k) => norm(a.paragraphs[k])))
      const right = item.subheads.filter((h) => marked.has(norm(h))).length
      s.subheadsRight += right
      if (right < item.subheads.length) s.misses.push(`${label}: ${item.subheads.length - right} subheads not marked`)
    }
    // An article two truth items fell into has its tags counted once; a local photo may be filed under the paper's home.
    if (item.places && !placesScored.has(i)) {
      placesScored.add(i)
      const meant = item.kind === 'photo' && t.locality ? [...item.places, t.locality] : item.places
      for (const p of a.places) {
        s.placeTags++
        if (!meant.some((want) => samePlace(p.name, want))) {
          s.wrongPlaceTags++
          s.misses.push(`${label}: place ${p.name} is not meant`)
        }
      }
    }
  }
  const meta = out.page?.meta
  const m = t.meta ?? {}
  const checks: [string, unknown, unknown][] = [
    ['paper', m.paper, meta?.paper],
    ['date', m.date, meta?.date],
    ['page', m.page, meta?.pageNumber],
    ['pageLabel', m.pageLabel, meta?.pageLabel],
    ['pageName', m.pageName, meta?.pageName],
  ]
  for (const [field, want, got] of checks) {
    if (want === undefined) continue
    s.nMeta++
    if (field === 'paper' ? norm(String(got ?? '')) === norm(String(want)) : field === 'pageLabel' ? samePageLabel(got, want) : got === want) s.metaRight++
    else s.misses.push(`meta ${field}: ${String(got ?? '—')}, not ${String(want)}`)
  }
  if (t.locality === null && meta?.localityCode) {
    s.placeTags++
    s.wrongPlaceTags++
    s.misses.push(`locality ${meta.locality}: the paper has no home division`)
  }
  if (out.page) {
    const text = decode(page.bytes).text
    s.charsLost = checkNothingLost(withoutMarkup(splitFrontMatter(text).body), out.page).reduce((n, x) => n + Number(x.split('×')[1] ?? 0), 0)
  }
  return s
}

export function sum(scores: Tally[]): Tally {
  const total = zero()
  for (const s of scores) for (const k of Object.keys(total) as (keyof Tally)[]) total[k] += s[k]
  return total
}

/** Every page of a corpus that has a truth file; reserved pages are refused, naming them. */
export function loadCorpus(dir: string): CorpusPage[] {
  const pagesDir = join(dir, 'pages')
  const truthDir = join(dir, 'truth')
  const pages: CorpusPage[] = []
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]))
  for (const path of walk(pagesDir).sort()) {
    if (path.endsWith('.meta.json')) continue
    const file = relative(pagesDir, path)
    const truthPath = join(truthDir, file.replace(/\.[^./]+$/, '.json'))
    if (!existsSync(truthPath)) continue
    const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Truth
    if (isReserved(truth.meta?.date)) throw new Error(`${file}: dated ${truth.meta?.date}, reserved for acceptance; remove it from the corpus`)
    const sidecarPath = `${path}.meta.json`
    pages.push({ file, paper: file.split(/[\\/]/)[0] ?? '', bytes: readFileSync(path), sidecar: existsSync(sidecarPath) ? readFileSync(sidecarPath, 'utf8') : undefined, truth })
  }
  return pages
}

/**
 * Is the page hard-wrapped already (most of its long lines one length)? Wrapping it again at another width gives
 * alternating long and stub lines that no scan produces, so such a page is compared as it is.
 */
export function isHardWrapped(text: string): boolean {
  const lengths = text.split(/\r\n|\r|\n/).map((l) => [...l.trim()].length).filter((n) => n >= 10)
  if (lengths.length < 10) return false
  const counts = new Map<number, number>()
  for (const n of lengths) counts.set(n, (counts.get(n) ?? 0) + 1)
  return Math.max(...counts.values()) >= lengths.length * 0.3
}

/** The page hard-wrapped at `width` characters, as a narrow column's OCR gives it (front matter untouched). */
export function hardWrap(text: string, width: number): string {
  if (isHardWrapped(text)) return text
  const { raw } = splitFrontMatter(text)
  const wrapped = text.slice(raw.length).split(/\r\n|\r|\n/).flatMap((line) => {
    const chars = [...line]
    if (chars.length <= width) return [line]
    const out: string[] = []
    for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''))
    return out
  })
  return raw + wrapped.join('\n')
}

export function ingestCorpusPage(page: CorpusPage, wrap?: number): ReturnType<typeof ingestPage> {
  const bytes = wrap ? Buffer.from(hardWrap(decode(page.bytes).text, wrap)) : page.bytes
  return ingestPage(page.file, bytes, page.sidecar)
}

/** What a reader sees of a page, for comparing a page with its hard-wrapped twin. */
export function reading(out: ReturnType<typeof ingestPage>): string {
  return (out.page?.articles ?? []).map((a) => [a.kind, a.kicker, a.title, a.subtitle, a.byline, ...a.paragraphs].map(norm).join('|')).join('\n')
}
