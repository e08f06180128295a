// Build time: the bundle's articles → the search manifest, and per shard its
// text as columns plus its exported FlexSearch index. Pure (no Node APIs): the
// Vite plugin and the bench call it with an ingested bundle.
import { pageNo } from '../lib/data/locate.ts'
import { type Article, type ArticleKind, type Catalog, type IssueBody, paperLabel } from '../schema/bundle.ts'
import { type SearchManifest, type Shard, type ShardDocs, type ShardEntry, type ShardIndexFile, foldDoc, SEARCH_VERSION } from './files.ts'
import { buildShardIndex } from './flex-index.ts'

export interface ShardSizes {
  /** Characters in the first (newest) shard: small, so the first query runs early. */
  first: number
  /** Each later shard doubles, up to this many characters. */
  max: number
}

export const DEFAULT_SHARD_SIZES: ShardSizes = { first: 150_000, max: 1_200_000 }

/** One article as the search takes it in: [id, page (as in URLs: 3, A2), kind, kicker, title, subtitle, body]. */
export type SearchDoc = [id: string, page: string, kind: ArticleKind, kicker: string, title: string, subtitle: string, body: string]

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
    for (const a of page?.articles ?? []) {
      if (a.kind === 'masthead') continue
      docs.push([a.id, pageNo(summary, index), a.kind, a.kicker ?? '', a.title, a.subtitle ?? '', articleBody(a)])
    }
  })
  return { id: issue.id, paperId: issue.paperId, date: issueDate(issue), docs }
}

function issueChars(issue: SearchIssue): number {
  let n = 0
  for (const d of issue.docs) n += d[3].length + d[4].length + d[5].length + d[6].length
  return n
}

/** A shard's two files: its text (columns) and its FlexSearch export. */
export interface ShardExport {
  text: string
  index: string
}

/** Where a build may reuse earlier work (src/build/search-cache.ts): each is given the way to make the thing itself. */
export interface SearchBuildReuse {
  issue?: (issue: Catalog['issues'][number], make: () => SearchIssue) => SearchIssue
  shard?: (issues: readonly SearchIssue[], make: () => ShardExport) => ShardExport
}

/** path (relative to the bundle root) → JSON text */
export function buildSearchFiles(catalog: Catalog, bodies: ReadonlyMap<string, IssueBody>, sizes = DEFAULT_SHARD_SIZES, reuse: SearchBuildReuse = {}): Map<string, string> {
  const issues = catalog.issues.map((issue) => {
    const make = () => searchIssue(issue, bodies.get(issue.id))
    return reuse.issue ? reuse.issue(issue, make) : make()
  })
  return shardFiles(issues, catalog.papers.map((p) => ({ id: p.id, name: paperLabel(p) })), sizes, reuse)
}

/** The issues' articles as one shard's columns. */
export function shardOf(issues: readonly SearchIssue[]): Shard {
  const docs: ShardDocs = { id: [], issue: [], page: [], kind: [], kicker: [], title: [], subtitle: [], body: [] }
  issues.forEach((issue, at) => {
    for (const [id, page, kind, kicker, title, subtitle, body] of issue.docs) {
      docs.id.push(id)
      docs.issue.push(at)
      docs.page.push(page)
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

/** Cuts issues (newest first, undated last, as the catalog lists them) into shards of growing size. */
export function shardFiles(issues: readonly SearchIssue[], papers: SearchManifest['papers'], sizes = DEFAULT_SHARD_SIZES, reuse: SearchBuildReuse = {}): Map<string, string> {
  const files = new Map<string, string>()
  const entries: ShardEntry[] = []
  let pending: SearchIssue[] = []
  let pendingChars = 0
  let target = sizes.first

  const flush = () => {
    if (pending.length === 0) return
    const issues = pending
    const make = (): ShardExport => {
      const shard = shardOf(issues)
      return { text: JSON.stringify(shard), index: JSON.stringify(shardIndexOf(shard)) }
    }
    const { text, index } = reuse.shard ? reuse.shard(issues, make) : make()
    // One hash names both files: a text is only ever read with the index built from it.
    const name = `search/shard-${String(entries.length).padStart(3, '0')}.${contentHash(text + index)}`
    const file = `${name}.json`
    files.set(file, text)
    files.set(`${name}.index.json`, index)
    const dates = pending.map((i) => i.date).filter(Boolean)
    const encoder = new TextEncoder()
    entries.push({
      file,
      index: `${name}.index.json`,
      newest: dates[0] ?? '',
      oldest: dates[dates.length - 1] ?? '',
      issueIds: pending.map((i) => i.id),
      docs: pending.reduce((n, issue) => n + issue.docs.length, 0),
      bytes: encoder.encode(text).length + encoder.encode(index).length,
    })
    pending = []
    pendingChars = 0
    target = Math.min(target * 2, sizes.max)
  }

  for (const issue of issues) {
    pending.push(issue)
    pendingChars += issueChars(issue)
    if (pendingChars >= target) flush()
  }
  flush()
  const manifest: SearchManifest = { version: SEARCH_VERSION, papers, shards: entries }
  files.set('search/manifest.json', JSON.stringify(manifest))
  return files
}
