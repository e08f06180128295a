// Step 7: pages → papers and issues (期), stable ids, linked continuations,
// and the catalog. Ids hash what identifies a thing (paper, date, page,
// headline), never a file's position among other files.
import { hash } from 'node:crypto'
import { BUNDLE_VERSION, type Catalog, type Continuation, type IssueHead, type IssueSummary, type Page, type PageSummary, type Paper, type PlaceEntry, type SourceRange, type Warning } from '../schema/bundle'
import { chainOf } from './gazetteer'
import { IssueBodies } from './issue-bodies'
import type { PageHead, PageRecord } from './page-record'

export function shortHash(key: string, length = 12): string {
  const digest = hash('sha1', key, 'buffer')
  return digest.readBigUInt64BE(0).toString(36).padStart(13, '0').slice(0, length)
}

interface PaperIdentity {
  key: string
  paper: Paper
}

/** What filing a page in its issue needs: its head when it came from the cache, else its meta (which holds the same). */
const headOf = (page: PageRecord): PageHead => page.head ?? page.meta

function paperOf(page: PageRecord): PaperIdentity {
  const head = headOf(page)
  const { paper, edition, locality, localityCode } = head
  if (paper) {
    const name = edition ? `${paper}·${edition}` : paper
    const nameInferred = head.provenance.paper === 'inferred'
    return { key: `paper:${name}`, paper: { id: shortHash(`paper:${name}`, 8), name, edition, locality, localityCode, nameInferred } }
  }
  // No name is made up from the place: the paper stays unnamed, and says why. Its pages still group by place and edition.
  const key = `unnamed:${locality ?? ''}·${edition ?? ''}`
  const name = edition ? `${UNNAMED}·${edition}` : UNNAMED
  const unnamed = `${edition ? `版面只印有版名“${edition}”，未印报名` : '版面未印报名'}，元数据与文件路径也未给出`
  return { key, paper: { id: shortHash(key, 8), name, edition, locality, localityCode, nameInferred: false, unnamed } }
}

/** What an unnamed paper is called: a description, never a name. */
const UNNAMED = '未署名报纸'

/** A new id for `key`; `onClash` hears when another thing already had its plain hash. */
function uniqueId(key: string, taken: Set<string>, onClash?: () => void): string {
  let id = shortHash(key)
  if (taken.has(id)) onClash?.()
  for (let n = 1; taken.has(id); n++) id = shortHash(`${key}#${n}`)
  taken.add(id)
  return id
}

interface LinkedArticle {
  id: string
  title: string
  continuedFrom?: Continuation
  continuedTo?: Continuation
}

interface PageName {
  number?: number
  label?: string
}

/** Does the continuation mark name this page? A lettered mark (A2) names the page with that label, a numbered one the unlettered page with that number. */
const names = (c: Continuation, p: PageName) => (c.label !== undefined ? p.label === c.label : p.label === undefined && p.number === c.page)

/**
 * The page a continuation mark names. Section A opens the paper, so a mark naming A1 (or A2…) falls back on the unlettered
 * page of that number when no page carries the label: a front page whose label was not printed is numbered 1 by inference.
 */
function named<P extends PageName>(c: Continuation, pages: P[]): P | undefined {
  return pages.find((p) => names(c, p)) ?? (c.label === `A${c.page}` ? pages.find((p) => p.label === undefined && p.number === c.page) : undefined)
}

/** Links (下转N版) on one page with (上接M版) on page N of the same issue: same title first, else the only candidate. */
function linkContinuations(pages: (PageName & { articles: LinkedArticle[] })[]): void {
  for (const page of pages) {
    for (const a of page.articles) {
      const to = a.continuedTo
      if (!to || to.articleId) continue
      const target = named(to, pages)
      const candidates = target?.articles.filter((b) => b.continuedFrom && named(b.continuedFrom, pages) === page && !b.continuedFrom.articleId) ?? []
      const match = candidates.find((b) => b.title && b.title === a.title) ?? (candidates.length === 1 ? candidates[0] : undefined)
      if (match?.continuedFrom) {
        to.articleId = match.id
        match.continuedFrom.articleId = a.id
      }
    }
  }
}

/** The used divisions and all their parents, outermost first, for the app's place hierarchy. */
function placeEntries(codes: Set<string>): PlaceEntry[] {
  const entries = new Map<string, PlaceEntry>()
  for (const code of codes) {
    for (const d of chainOf(code)) entries.set(d.code, { code: d.code, name: d.name, level: d.level, parent: d.parent })
  }
  return [...entries.values()].sort((a, b) => a.code.localeCompare(b.code))
}

/** An issue as assembled before, for an issue whose pages are all unchanged. */
export interface CachedIssue {
  /** Its summary; one read back from the cache reads its pages only when they are asked for (unpackYear). */
  summary: IssueSummary
  /** The body's digest (bodyDigest): it names the body's file, so a rebuild need not read an unchanged body. */
  digest: string
  /** The body's bytes. */
  size: number
  /** Division codes the issue adds to the catalog's places. */
  places: string[]
  /** Warnings the assembly gave for the issue. */
  warnings: Warning[]
  /** Its articles' ids (space-separated), known without reading its pages. */
  ids: string
  /** Its pages made anew from its own pages' records, should the cached ones be gone (set where it is taken from the cache). */
  again?: () => PageSummary[]
}

/**
 * A paper's year of assembled issues as the cache keeps it: each issue without its pages. Their pages are kept apart, as one
 * JSON text (read back several times faster than as many objects), and read only when a summary's pages are asked for.
 */
export interface PackedYear {
  issues: { key: string; head: Omit<IssueSummary, 'pages'>; digest: string; size: number; places: string[]; warnings: Warning[]; ids: string }[]
}

/** A year's issues for the cache, and their pages' JSON. */
export function packYear(issues: ReadonlyMap<string, CachedIssue>): { year: PackedYear; pages: string } {
  const pages: PageSummary[][] = []
  const packed: PackedYear['issues'] = []
  for (const [key, { summary, digest, size, places, warnings, ids }] of issues) {
    const { pages: own, ...head } = summary
    pages.push(own)
    packed.push({ key, head, digest, size, places, warnings, ids })
  }
  return { year: { issues: packed }, pages: JSON.stringify(pages) }
}

/**
 * The cached issues of a packed year. Each summary's pages are read (`readPages`, parsed once for the year) only when first
 * asked for: a rebuild that adds a day reads the pages of the years it changes, not the archive's. Should they be gone, the
 * issue's `again` (set by the assembly) makes them anew. The pages stay the summary's last member, as in one made anew, so both
 * give the same JSON.
 */
export function unpackYear(year: PackedYear, readPages: () => string | undefined): Map<string, CachedIssue> {
  let pages: PageSummary[][] | undefined | null
  const load = () => {
    if (pages === undefined) {
      const text = readPages()
      pages = null
      try {
        const parsed: unknown = text === undefined ? undefined : JSON.parse(text)
        if (Array.isArray(parsed) && parsed.length === year.issues.length) pages = parsed as PageSummary[][]
      } catch {
        // Not the year's pages: each issue's are made anew.
      }
    }
    return pages
  }
  return new Map(
    year.issues.map(({ key, head, ...rest }, i) => {
      const summary = { ...head } as IssueSummary
      const issue: CachedIssue = { summary, ...rest }
      const keep = (value: PageSummary[]) => Object.defineProperty(summary, 'pages', { value, writable: true, enumerable: true, configurable: true })
      Object.defineProperty(summary, 'pages', {
        get: () => {
          const own = load()?.[i] ?? issue.again?.()
          if (!own) throw new Error(`缓存中第 ${head.id} 期的版面摘要不可用 (the cached pages of issue ${head.id} are gone)`)
          return own
        },
        set: keep,
        enumerable: true,
        configurable: true,
      })
      return [key, issue]
    }),
  )
}

/**
 * Assembled issues, each under a key over the issue's own pages (each page's cache key, given by `pageKey`), kept together
 * per paper and year: a rebuild reads one entry per year, not one per issue.
 */
export interface IssueCache {
  pageKey(record: PageRecord): string | undefined
  /** The issues kept for a paper's year (`year`: the paper's key and the year), by their keys. */
  year(year: string): ReadonlyMap<string, CachedIssue> | undefined
  setYear(year: string, issues: Map<string, CachedIssue>): void
  /** The body kept with the issue under `key`, read when it is asked for. */
  body(key: string): Uint8Array | undefined
  setBody(key: string, body: Uint8Array): void
}

/** A paper's year in the cache: the issues kept before, those this run keeps, and whether every one came from the cache. */
interface KeptYear {
  key: string
  kept: ReadonlyMap<string, CachedIssue> | undefined
  next: Map<string, CachedIssue>
  whole: boolean
  /** Kept again since its pages were found gone. */
  healed?: boolean
}

/** The ids an issue's articles take (every one is in its summary). */
const articleIds = (summary: IssueSummary) => summary.pages.flatMap((p) => p.articles.map((a) => a.id))

export interface Assembled {
  catalog: Catalog
  /**
   * Issue id → the issue body's JSON (UTF-8). Its pieces were validated where they were made (toRecord); ids and page numbers
   * are made here. The bodies of issues taken whole from the cache are read from it only when asked for.
   */
  bodies: IssueBodies
  /** The issues taken whole from the cache (their summaries were checked when they were made). */
  reused: ReadonlySet<string>
  /** Articles in the catalog (counted without reading the pages of issues taken from the cache). */
  articles: number
}

/** A page without its articles. */
type PageFrame = Omit<Page, 'articles'>

interface PageOut {
  frame: PageFrame
  articles: (LinkedArticle & { source: SourceRange })[]
  record: PageRecord
}

/**
 * An issue body's JSON, in parts: page frames and article frames written here, each article's content bytes spliced in as the
 * page steps validated and serialised them. Same members as JSON.stringify of the IssueBody, with id and source first in an article.
 */
function issueParts(issueId: string, head: IssueHead, pages: PageOut[]): (string | Uint8Array)[] {
  const parts: (string | Uint8Array)[] = []
  let text = `{"version":${BUNDLE_VERSION},"issueId":${JSON.stringify(issueId)},"issue":${JSON.stringify(head)},"pages":[`
  pages.forEach(({ frame, articles, record }, p) => {
    text += `${p ? ',' : ''}${JSON.stringify(frame).slice(0, -1)},"articles":[`
    articles.forEach((a, i) => {
      const { id, source, continuedFrom, continuedTo } = a
      text += `${i ? ',' : ''}${JSON.stringify({ id, source, continuedFrom, continuedTo }).slice(0, -1)},`
      parts.push(text, record.content.subarray(record.ends[i - 1] ?? 0, record.ends[i]))
      text = '}'
    })
    text += ']}'
  })
  parts.push(`${text}]}`)
  return parts
}

/** A page's place in its issue: numbered pages by number, then lettered sections in letter order (A1…A16, B1…), unknown last. */
function pageOrder({ pageNumber, pageLabel }: PageHead): number {
  const lettered = pageLabel?.match(/^([A-Z])(\d+)$/)
  if (lettered) return (lettered[1]!.charCodeAt(0) - 64) * 1e5 + Number(lettered[2])
  return pageNumber ?? 1e9
}

/** Bodies share buffers of about this size: a few allocations instead of thousands, and never one beyond Buffer's limit. */
const BODY_CHUNK = 64 * 2 ** 20

/** Every issue's parts written into shared buffers; each body is a view of its stretch. */
function writeBodies(partsById: Map<string, (string | Uint8Array)[]>): Map<string, Uint8Array> {
  const sizes = new Map<string, number>()
  for (const [id, parts] of partsById) {
    let size = 0
    for (const part of parts) size += typeof part === 'string' ? Buffer.byteLength(part) : part.byteLength
    sizes.set(id, size)
  }
  const ids = [...sizes.keys()]
  const bodies = new Map<string, Uint8Array>()
  for (let first = 0; first < ids.length; ) {
    // As many issues as fit in one chunk; an issue larger than a chunk gets a buffer of its own.
    let last = first
    let size = sizes.get(ids[first] as string) as number
    while (last + 1 < ids.length && size + (sizes.get(ids[last + 1] as string) as number) <= BODY_CHUNK) size += sizes.get(ids[++last] as string) as number
    const chunk = Buffer.allocUnsafeSlow(size)
    let at = 0
    for (const id of ids.slice(first, last + 1)) {
      const start = at
      for (const part of partsById.get(id) ?? []) {
        if (typeof part === 'string') at += chunk.write(part, at)
        else {
          chunk.set(part, at)
          at += part.byteLength
        }
      }
      bodies.set(id, chunk.subarray(start, at))
    }
    first = last + 1
  }
  return bodies
}

/**
 * Pages → issues and the catalog. With a cache, an issue whose pages are all unchanged is taken as assembled before, unless
 * one of its ids is taken already here: ids are handed out in the same order as without the cache, so the result is the same.
 */
export function assemble(records: PageRecord[], warnings: Warning[], cache?: IssueCache): Assembled {
  const papers = new Map<string, Paper>()
  const groups = new Map<string, { paper: Paper; paperKey: string; date?: string; records: PageRecord[] }>()
  const byName = new Intl.Collator().compare
  for (const d of [...records].sort((a, b) => byName(a.sourceFile, b.sourceFile))) {
    const { key, paper } = paperOf(d)
    papers.set(paper.id, papers.get(paper.id) ?? paper)
    const { date } = headOf(d)
    const issueKey = date ? `${key}|${date}` : `${key}|undated|${d.sourceFile}`
    const group = groups.get(issueKey) ?? { paper, paperKey: key, date, records: [] }
    group.records.push(d)
    groups.set(issueKey, group)
  }
  const taken = new Set<string>()
  let articleCount = 0
  const parts = new Map<string, (string | Uint8Array)[]>()
  const issues: IssueSummary[] = []
  const used = new Set<string>()
  const fresh: { key: string; year: KeptYear; issueId: string; summary: IssueSummary; places: string[]; warnings: Warning[] }[] = []
  const fromCache = new Map<string, { key: string; issue: CachedIssue; digest: string; size: number; records: PageRecord[] }>()
  /** A kept body gone bad: made again from the issue's pages alone, and kept again. */
  const again = (id: string, { key, records }: { key: string; records: PageRecord[] }): Uint8Array => {
    const body = assemble(records, []).bodies.get(id) as Uint8Array
    cache?.setBody(key, body)
    return body
  }
  // The cache's issues of each paper's year, read when the year's first issue is met, and what this run keeps of it.
  const years = new Map<string, KeptYear>()
  const yearOf = (key: string): KeptYear => {
    let year = years.get(key)
    if (!year) years.set(key, (year = { key, kept: cache?.year(key), next: new Map(), whole: true }))
    return year
  }
  for (const [issueKey, group] of groups) {
    const issueId = group.date ? `${group.date}-${group.paper.id.slice(0, 6)}` : `u-${shortHash(issueKey, 10)}`
    group.records.sort((a, b) => pageOrder(headOf(a)) - pageOrder(headOf(b)) || byName(a.sourceFile, b.sourceFile))
    const pageKeys = cache ? group.records.map((r) => cache.pageKey(r)) : []
    const cacheKey = cache && pageKeys.every(Boolean) ? hash('sha1', `${issueKey}\0${pageKeys.join('\0')}`, 'hex') : undefined
    const year = cache ? yearOf(`${group.paperKey}|${group.date?.slice(0, 4) ?? 'undated'}`) : undefined
    const cached = cacheKey ? year?.kept?.get(cacheKey) : undefined
    const ids = cached?.ids ? cached.ids.split(' ') : []
    if (cached && cached.summary.id === issueId && ids.every((id) => !taken.has(id))) {
      for (const id of ids) taken.add(id)
      articleCount += ids.length
      for (const code of cached.places) used.add(code)
      warnings.push(...cached.warnings)
      parts.set(issueId, [])
      fromCache.set(issueId, { key: cacheKey as string, issue: cached, digest: cached.digest, size: cached.size, records: group.records })
      year?.next.set(cacheKey as string, cached)
      let pagesAgain: PageSummary[] | undefined
      cached.again = () => {
        if (!pagesAgain) {
          pagesAgain = (assemble(group.records, []).catalog.issues[0] as IssueSummary).pages
          // The year is kept again (once: keeping it asks for its other issues' pages too), so the next run finds them.
          if (year && !year.healed) {
            year.healed = true
            cache?.setYear(year.key, year.next)
          }
        }
        return pagesAgain
      }
      issues.push(cached.summary)
      continue
    }
    if (year) year.whole = false
    const warningsBefore = warnings.length
    const usedHere = new Set<string>()
    let clash = false
    const seenPages = new Set<string>()
    const pages: PageOut[] = group.records.map((d) => {
      const { pageNumber, pageLabel } = d.meta
      // What the page goes by: its label (A2) or its number.
      const n = pageLabel ?? (pageNumber === undefined ? undefined : String(pageNumber))
      const duplicate = n !== undefined && seenPages.has(n)
      if (n !== undefined) seenPages.add(n)
      if (duplicate) warnings.push({ file: d.sourceFile, line: 0, message: `与同期另一文件同为第 ${n} 版 (another file claims the same paper, date and page)` })
      const pageKey = n !== undefined && !duplicate ? `${issueKey}|p${n}` : `${issueKey}|f:${d.sourceFile}`
      const counts = new Map<string, number>()
      const articles = d.articles.map((a) => {
        const label = `${a.kind}|${a.kicker ?? ''}|${a.title}|${a.lead}`
        const n2 = counts.get(label) ?? 0
        counts.set(label, n2 + 1)
        // Copies: linking fills in article ids, and the record stays as the page steps left it.
        return {
          id: uniqueId(`${pageKey}|${label}|${n2}`, taken, () => (clash = true)),
          title: a.title,
          source: { file: d.sourceFile, startLine: a.startLine, endLine: a.endLine },
          continuedFrom: a.continuedFrom && { ...a.continuedFrom },
          continuedTo: a.continuedTo && { ...a.continuedTo },
        }
      })
      const frame: PageFrame = {
        id: shortHash(pageKey, 10),
        number: duplicate ? undefined : pageNumber,
        label: duplicate ? undefined : pageLabel,
        name: d.meta.pageName,
        sourceFile: d.sourceFile,
        encoding: d.encoding,
        meta: d.meta,
        frontMatter: d.frontMatter || undefined,
      }
      return { frame, articles, record: d }
    })
    linkContinuations(pages.map((p) => ({ number: p.frame.number, label: p.frame.label, articles: p.articles })))
    const lead = group.records[0]?.meta
    const head: IssueHead = {
      paperId: group.paper.id,
      date: group.date,
      year: group.date ? undefined : lead?.year,
      dateInferred: !group.date || lead?.provenance.date === 'inferred',
      weekday: lead?.weekday,
      lunarDate: lead?.lunarDate,
      serial: lead?.serial,
      pagesToday: lead?.pagesToday,
    }
    parts.set(issueId, issueParts(issueId, head, pages))
    const summary: IssueSummary = {
      id: issueId,
      ...head,
      body: `issues/${issueId}.json`,
      pages: pages.map(({ frame, articles, record }) => {
        if (frame.meta.localityCode) usedHere.add(frame.meta.localityCode)
        return {
          id: frame.id,
          number: frame.number,
          label: frame.label,
          name: frame.name,
          sourceFile: frame.sourceFile,
          articles: record.articles.map(({ kind, title, kicker, subtitle, places }, i) => {
            for (const code of places) usedHere.add(code)
            return { id: articles[i]?.id as string, kind, title, kicker, subtitle, places: places.length ? places : undefined }
          }),
        }
      }),
    }
    issues.push(summary)
    articleCount += summary.pages.reduce((n, p) => n + p.articles.length, 0)
    for (const code of usedHere) used.add(code)
    // An issue whose ids were moved aside by another's is not kept: its ids depend on more than its own pages.
    if (cacheKey && year && !clash) fresh.push({ key: cacheKey, year, issueId, summary, places: [...usedHere], warnings: warnings.slice(warningsBefore) })
  }
  issues.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || (b.year ?? 0) - (a.year ?? 0) || a.id.localeCompare(b.id))
  const catalog: Catalog = { version: BUNDLE_VERSION, papers: [...papers.values()], places: placeEntries(used), issues, warnings }
  const made = writeBodies(new Map([...parts].filter(([id]) => !fromCache.has(id))))
  const bodies = new IssueBodies()
  for (const id of parts.keys()) {
    const cached = fromCache.get(id)
    if (!cached) bodies.set(id, made.get(id) as Uint8Array)
    // An issue whose pages are all unchanged was assembled from them alone (its ids clashed with no other's): should its
    // kept body be gone or bad, assembling those pages again gives it.
    else bodies.setLazyBody(id, cached.digest, cached.size, () => cache?.body(cached.key) ?? again(id, cached))
  }
  for (const { key, year, issueId, summary, places, warnings: own } of fresh) {
    const body = made.get(issueId) as Uint8Array
    cache?.setBody(key, body)
    const ids = articleIds(summary)
    year.next.set(key, { summary, digest: bodies.digest(issueId) as string, size: body.byteLength, places, warnings: own, ids: ids.join(' ') })
  }
  // A year is kept again when it gained, lost or changed an issue.
  for (const [key, year] of years) if (!year.whole || year.kept?.size !== year.next.size) cache?.setYear(key, year.next)
  return { catalog, bodies, reused: new Set(fromCache.keys()), articles: articleCount }
}
