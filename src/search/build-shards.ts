// Build time: the bundle's articles → the search manifest, and per shard (one
// calendar period) its text and facets as columns plus its exported FlexSearch index. Pure (no Node APIs): the
// Vite plugin and the bench call it with an ingested bundle.
import { pageNo } from '../lib/data/locate.ts'
import { type Article, type ArticleKind, type Catalog, type IssueBody, paperLabel } from '../schema/bundle.ts'
import { type SearchManifest, type Shard, type ShardDocs, type ShardEntry, type ShardIndexFile, foldDoc, SEARCH_VERSION } from './files.ts'
import { buildShardIndex } from './flex-index.ts'
import { cutByPeriod, isDated } from './periods.ts'

/**
 * Characters of text per shard at most (a period over it is cut finer): about a
 * month of a daily 8-page paper, some 4 MB of files. A shard is fetched and
 * imported in well under a second, so the first results come early, and the
 * worker can keep a dozen or so in memory.
 */
export const SHARD_BUDGET = 1_000_000

/**
 * One article as the search takes it in: [id, page (as in URLs: 3, A2), kind, kicker, title, subtitle, body,
 * the page as printed ('' when not printed; the URL page when left out), place codes (main first)].
 */
export type SearchDoc = [id: string, page: string, kind: ArticleKind, kicker: string, title: string, subtitle: string, body: string, printed?: string, places?: string[]]

/** One issue's articles as the search takes them in. */
export interface SearchIssue {
  id: string
  paperId: string
  /** YYYY-MM-DD, or YYYY when only the year is known, or '' when undated. */
  date: string
  docs: SearchDoc[]
}

/** Everything a reader sees of an article besides the headline: byline, paragraphs, captions, teaser pointer. */
export function articleBody(article: Article): string {
  const parts = [article.byline ?? '', ...article.paragraphs]
  for (const figure of article.figures ?? []) {
    if (!article.paragraphs.includes(figure.caption)) parts.push(figure.caption)
    if (figure.credit) parts.push(figure.credit)
  }
  if (article.refersToText) parts.push(article.refersToText)
  return parts.filter(Boolean).join('\n')
}

function issueDate(issue: Catalog['issues'][number]): string {
  return issue.date ?? (issue.year ? String(issue.year) : '')
}

export function searchIssue(issue: Catalog['issues'][number], body: IssueBody | undefined): SearchIssue {
  const docs: SearchDoc[] = []
  issue.pages.forEach((summary, index) => {
    const page = body?.pages.find((p) => p.id === summary.id) ?? body?.pages[index]
    const printed = summary.label ?? (summary.number === undefined ? '' : String(summary.number))
    const placesOf = new Map(summary.articles.map((a) => [a.id, a.places ?? []]))
    for (const a of page?.articles ?? []) {
      if (a.kind === 'masthead') continue
      docs.push([a.id, pageNo(summary, index), a.kind, a.kicker ?? '', a.title, a.subtitle ?? '', articleBody(a), printed, placesOf.get(a.id) ?? []])
    }
  })
  return { id: issue.id, paperId: issue.paperId, date: issueDate(issue), docs }
}

function issueChars(issue: SearchIssue): number {
  let n = 0
  for (const d of issue.docs) n += d[3].length + d[4].length + d[5].length + d[6].length
  return n
}

/** What cutting an issue into a shard and listing it in the manifest need of it, without its text. */
export interface SearchIssueInfo {
  id: string
  paperId: string
  date: string
  /** Characters of text (the shard budget's measure). */
  chars: number
  docs: number
}

export const infoOf = (issue: SearchIssue): SearchIssueInfo => ({ id: issue.id, paperId: issue.paperId, date: issue.date, chars: issueChars(issue), docs: issue.docs.length })

/** A shard's two files: its text (columns) and its FlexSearch export, with the hash that names them and their UTF-8 bytes. */
export interface ShardExport {
  text: string
  index: string
  hash: string
  bytes: number
}

/** Where a build may reuse earlier work (src/build/search-cache.ts): each is given the way to make the thing itself. */
export interface SearchBuildReuse {
  issue?: (issue: Catalog['issues'][number], make: () => SearchIssue) => SearchIssue
  shard?: (issues: readonly SearchIssueInfo[], make: () => ShardExport) => ShardExport
}

/** path (relative to the bundle root) → JSON text */
export function buildSearchFiles(catalog: Catalog, bodies: ReadonlyMap<string, IssueBody>, budget = SHARD_BUDGET, reuse: SearchBuildReuse = {}): Map<string, string> {
  const issues = catalog.issues.map((issue) => {
    const make = () => searchIssue(issue, bodies.get(issue.id))
    return reuse.issue ? reuse.issue(issue, make) : make()
  })
  return shardFiles(issues, manifestIndex(catalog), budget, reuse)
}

/** The manifest's papers and places. */
export const manifestIndex = (catalog: Catalog): Pick<SearchManifest, 'papers' | 'places'> => ({
  papers: catalog.papers.map((p) => ({ id: p.id, name: paperLabel(p) })),
  places: catalog.places,
})

/** The issues' articles as one shard's columns. */
export function shardOf(issues: readonly SearchIssue[]): Shard {
  const docs: ShardDocs = { id: [], issue: [], page: [], printed: [], places: [], kind: [], kicker: [], title: [], subtitle: [], body: [] }
  issues.forEach((issue, at) => {
    for (const [id, page, kind, kicker, title, subtitle, body, printed = page, places = []] of issue.docs) {
      docs.id.push(id)
      docs.issue.push(at)
      docs.page.push(page)
      docs.printed.push(printed)
      docs.places.push(places)
      docs.kind.push(kind)
      docs.kicker.push(kicker)
      docs.title.push(title)
      docs.subtitle.push(subtitle)
      docs.body.push(body)
    }
  })
  return { version: SEARCH_VERSION, issues: issues.map(({ id, paperId, date }) => ({ id, paperId, date })), docs }
}

/** A shard's index file: FlexSearch over the folded text of each document, ids = positions in the columns. */
export function shardIndexOf(shard: Shard): ShardIndexFile {
  const texts = shard.docs.id.map((_, i) => foldDoc(shard.docs, i).text)
  return { version: SEARCH_VERSION, docs: texts.length, chunks: buildShardIndex(texts) }
}

/** 53-bit string hash (cyrb53) as 10 hex digits: names that change whenever the content does. */
function contentHash(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0').slice(-10)
}

/** Makes a shard's export from its issues (newest first). */
export function exportShard(issues: readonly SearchIssue[]): ShardExport {
  const shard = shardOf(issues)
  const text = JSON.stringify(shard)
  const index = JSON.stringify(shardIndexOf(shard))
  const encoder = new TextEncoder()
  return { text, index, hash: contentHash(text + index), bytes: encoder.encode(text).length + encoder.encode(index).length }
}

/**
 * The search files: issues cut into shards by calendar period from the oldest end (periods.ts), each
 * shard's issues newest first; the manifest lists the shards newest first, undated ones last. A shard whose
 * issues are unchanged may be reused from an earlier build (`reuse.shard`).
 */
export function shardFiles(
  issues: readonly SearchIssue[],
  index: Pick<SearchManifest, 'papers' | 'places'>,
  budget = SHARD_BUDGET,
  reuse: SearchBuildReuse = {},
): Map<string, string> {
  const byId = new Map(issues.map((i) => [i.id, i]))
  const files = new Map<string, string>()
  for (const [path, file] of shardFilesOf(issues.map(infoOf), (info) => byId.get(info.id) as SearchIssue, index, budget, reuse)) files.set(path, file())
  return files
}

/**
 * shardFiles over what the cutting needs of each issue (`full` gives an issue's text when its shard is made): path →
 * the way to get the file's text, so a caller that keeps the files already can leave an unchanged shard unread.
 */
export function shardFilesOf(
  issues: readonly SearchIssueInfo[],
  full: (issue: SearchIssueInfo) => SearchIssue,
  index: Pick<SearchManifest, 'papers' | 'places'>,
  budget = SHARD_BUDGET,
  reuse: SearchBuildReuse = {},
): Map<string, () => string> {
  const files = new Map<string, () => string>()
  const entries: ShardEntry[] = []
  let undated = 0
  for (const { period, items } of cutByPeriod(issues, (i) => i.chars, budget)) {
    const newestFirst = [...items].reverse()
    const make = (): ShardExport => exportShard(newestFirst.map(full))
    const made = reuse.shard ? reuse.shard(newestFirst, make) : make()
    // One hash names both files: a text is only ever read with the index built from it.
    const name = `search/shard-${period === 'undated' ? `undated-${++undated}` : period}.${made.hash}`
    files.set(`${name}.json`, () => made.text)
    files.set(`${name}.index.json`, () => made.index)
    const dates = newestFirst.map((i) => i.date).filter(isDated)
    entries.push({
      file: `${name}.json`,
      index: `${name}.index.json`,
      period,
      newest: dates[0] ?? '',
      oldest: dates[dates.length - 1] ?? '',
      papers: [...new Set(items.map((i) => i.paperId))].sort(),
      issues: items.length,
      docs: items.reduce((n, issue) => n + issue.docs, 0),
      bytes: made.bytes,
    })
  }
  const dated = entries.filter((e) => e.period !== 'undated').reverse()
  const manifest: SearchManifest = { version: SEARCH_VERSION, papers: index.papers, places: index.places, shards: [...dated, ...entries.filter((e) => e.period === 'undated')] }
  const manifestText = JSON.stringify(manifest)
  files.set('search/manifest.json', () => manifestText)
  return files
}
