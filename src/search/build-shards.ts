// Build time: the bundle's articles → the search manifest and shards. Pure (no
// Node APIs): the Vite plugin and the bench call it with an ingested bundle.
import { pageNo } from '../lib/data/locate.ts'
import { type Article, type Catalog, type IssueBody, paperLabel } from '../schema/bundle.ts'
import { type SearchManifest, type Shard, type ShardDoc, type ShardEntry, type ShardIssue, SEARCH_VERSION } from './files.ts'

export interface ShardSizes {
  /** Characters in the first (newest) shard: small, so the first query runs early. */
  first: number
  /** Each later shard doubles, up to this many characters. */
  max: number
}

export const DEFAULT_SHARD_SIZES: ShardSizes = { first: 150_000, max: 1_200_000 }

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

function shardIssue(issue: Catalog['issues'][number], body: IssueBody | undefined): ShardIssue {
  const docs: ShardDoc[] = []
  issue.pages.forEach((summary, index) => {
    const page = body?.pages.find((p) => p.id === summary.id) ?? body?.pages[index]
    for (const a of page?.articles ?? []) {
      if (a.kind === 'masthead') continue
      docs.push([a.id, pageNo(summary, index), a.kind, a.kicker ?? '', a.title, a.subtitle ?? '', articleBody(a)])
    }
  })
  return { id: issue.id, paperId: issue.paperId, date: issueDate(issue), docs }
}

function issueChars(issue: ShardIssue): number {
  let n = 0
  for (const d of issue.docs) n += d[3].length + d[4].length + d[5].length + d[6].length
  return n
}

/** path (relative to the bundle root) → JSON text */
export function buildSearchFiles(catalog: Catalog, bodies: ReadonlyMap<string, IssueBody>, sizes = DEFAULT_SHARD_SIZES): Map<string, string> {
  const issues = catalog.issues.map((issue) => shardIssue(issue, bodies.get(issue.id)))
  return shardFiles(issues, catalog.papers.map((p) => ({ id: p.id, name: paperLabel(p) })), sizes)
}

/** Cuts issues (newest first, undated last, as the catalog lists them) into shards of growing size. */
export function shardFiles(issues: readonly ShardIssue[], papers: SearchManifest['papers'], sizes = DEFAULT_SHARD_SIZES): Map<string, string> {
  const files = new Map<string, string>()
  const entries: ShardEntry[] = []
  let pending: ShardIssue[] = []
  let pendingChars = 0
  let target = sizes.first

  const flush = () => {
    if (pending.length === 0) return
    const file = `search/shard-${String(entries.length).padStart(3, '0')}.json`
    const shard: Shard = { version: SEARCH_VERSION, issues: pending }
    const json = JSON.stringify(shard)
    files.set(file, json)
    const dates = pending.map((i) => i.date).filter(Boolean)
    entries.push({
      file,
      newest: dates[0] ?? '',
      oldest: dates[dates.length - 1] ?? '',
      issueIds: pending.map((i) => i.id),
      docs: pending.reduce((n, i) => n + i.docs.length, 0),
      bytes: new TextEncoder().encode(json).length,
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
