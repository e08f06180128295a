// The archive search: shards are added as they arrive (newest first), each with
// the FlexSearch index the build exported for it; a query runs over the shards
// loaded so far. FlexSearch gives candidates, the exact substring check on the
// folded text decides, filters (over the shard's columns) and ranking are plain
// code. No DOM: runs in a Web Worker, on the main thread, or in Node (bench, tests).
import type { Index } from 'flexsearch'
import type { ArticleKind } from '../schema/bundle.ts'
import { type SearchManifest, type Shard, type ShardDocs, type ShardEntry, type ShardIndexFile, foldDoc } from './files.ts'
import { candidates, importShardIndex, isOneKey } from './flex-index.ts'
import { type Segment, highlight, occurrences, snippet } from './highlight.ts'
import { type ParsedQuery, highlightTerms, parseQuery } from './query.ts'

export type SortOrder = 'relevance' | 'newest' | 'oldest'

export interface SearchFilters {
  paperId?: string
  /** Inclusive YYYY-MM-DD bounds; a year-only issue is compared at year precision. */
  from?: string
  to?: string
  kind?: ArticleKind
  /** Scope: one issue, or one page of it. */
  issueId?: string
  pageNo?: string
  /** Only these articles (e.g. the ones at a chosen place, from the catalog); the engine itself knows no places. */
  ids?: readonly string[]
}

export interface SearchRequest {
  query: string
  filters?: SearchFilters
  sort?: SortOrder
  offset?: number
  limit?: number
  /** Also return every match's id, before the `ids` filter (for counts by a facet the app knows, such as place). */
  collectIds?: boolean
}

export interface SearchHit {
  id: string
  issueId: string
  paperId: string
  paperName: string
  date: string
  pageNo: string
  kind: ArticleKind
  kicker: Segment[]
  title: Segment[]
  subtitle: Segment[]
  snippet: Segment[]
  /** The match is in the headline. */
  inHeadline: boolean
}

export type SearchStatus = 'ok' | 'empty' | 'exclusions-only'

export interface SearchResponse {
  status: SearchStatus
  total: number
  hits: SearchHit[]
  /** Folded terms to highlight, for the article link (?hl=). */
  terms: string[]
  truncated: boolean
  /** Shards that could hold matches but have not been loaded yet: the total may still grow. */
  pendingShards: number
  elapsedMs: number
  /** With `collectIds`: the ids of all matches under every filter but `ids`. */
  matchedIds?: string[]
}

interface Ranked {
  shard: LoadedShard
  doc: number
  inHeadline: boolean
}

/** One number per hit, larger is better: the sort order's key first, the other as tie-break. */
function rankKey(sort: SortOrder, score: number, day: number): number {
  if (sort === 'relevance') return score * 1e8 + day
  if (sort === 'newest') return day * 1e4 + score
  return (day ? 1e8 - day : 0) * 1e4 + score
}

/** A shard in memory: its columns, their folded text, and its FlexSearch index (ids are column positions). */
interface LoadedShard {
  entry: ShardEntry
  issues: Shard['issues']
  docs: ShardDocs
  /** Per issue of the shard: YYYYMMDD as a number (year-only: YYYY0000; undated: 0), for sorting. */
  days: number[]
  texts: string[]
  heads: string[]
  index: Index
}

const TITLE_WEIGHT = 100
const MAX_COUNTED = 5

function dayNumber(date: string): number {
  if (!date) return 0
  const [y = 0, m = 0, d = 0] = date.split('-').map(Number)
  return y * 10000 + m * 100 + d
}

/** Whether an issue date (at its own precision) lies within [from, to]. */
function inDateRange(date: string, from?: string, to?: string): boolean {
  if (!from && !to) return true
  if (!date) return false
  if (from && date < from.slice(0, date.length)) return false
  if (to && date > to.slice(0, date.length)) return false
  return true
}

function shardMayMatch(entry: ShardEntry, f: SearchFilters): boolean {
  if (f.issueId && !entry.issueIds.includes(f.issueId)) return false
  if (f.from && entry.newest && entry.newest < f.from.slice(0, entry.newest.length)) return false
  if (f.to && entry.oldest && entry.oldest > f.to.slice(0, entry.oldest.length)) return false
  return true
}

export class SearchEngine {
  private loaded = new Map<number, LoadedShard>()
  private paperNames: Map<string, string>

  constructor(readonly manifest: SearchManifest) {
    this.paperNames = new Map(manifest.papers.map((p) => [p.id, p.name]))
  }

  get loadedCount(): number {
    return this.loaded.size
  }

  isLoaded(shard: number): boolean {
    return this.loaded.has(shard)
  }

  /** Shards that could hold matches for these filters, in the order to load them (newest first). */
  shardsFor(filters: SearchFilters = {}): number[] {
    return this.manifest.shards.flatMap((entry, i) => (shardMayMatch(entry, filters) ? [i] : []))
  }

  /** Adds shard i of the manifest: its text and the index exported for it at build time. */
  addShard(i: number, shard: Shard, index: ShardIndexFile): void {
    const entry = this.manifest.shards[i]
    if (!entry || this.loaded.has(i)) return
    if (index.docs !== shard.docs.id.length) throw new Error(`${entry.index}: indexes ${index.docs} documents, the shard has ${shard.docs.id.length}`)
    const texts: string[] = []
    const heads: string[] = []
    for (let doc = 0; doc < shard.docs.id.length; doc++) {
      const folded = foldDoc(shard.docs, doc)
      texts.push(folded.text)
      heads.push(folded.head)
    }
    const days = shard.issues.map((issue) => dayNumber(issue.date))
    this.loaded.set(i, { entry, issues: shard.issues, docs: shard.docs, days, texts, heads, index: importShardIndex(index.chunks) })
  }

  search(request: SearchRequest): SearchResponse {
    const started = performance.now()
    const query = parseQuery(request.query)
    const filters = request.filters ?? {}
    const base = { hits: [], total: 0, terms: highlightTerms(query), truncated: query.truncated, pendingShards: 0 }
    if (query.include.length === 0) {
      const status: SearchStatus = query.exclude.length ? 'exclusions-only' : 'empty'
      return { ...base, status, elapsedMs: performance.now() - started }
    }
    const wanted = this.shardsFor(filters)
    const sort = request.sort ?? 'relevance'
    const offset = Math.max(0, request.offset ?? 0)
    const limit = Math.max(0, request.limit ?? 20)
    const top = new TopK<Ranked>(offset + limit)
    let total = 0
    let pending = 0
    const only = filters.ids ? new Set(filters.ids) : undefined
    const matchedIds = request.collectIds ? [] : undefined
    for (const i of wanted) {
      const shard = this.loaded.get(i)
      if (shard) total += this.searchShard(shard, query, filters, sort, top, only, matchedIds)
      else pending++
    }
    const hits = top
      .sorted()
      .slice(offset)
      .map(({ shard, doc, inHeadline }) => this.hit(shard, doc, base.terms, inHeadline))
    return { ...base, status: 'ok', total, hits, pendingShards: pending, elapsedMs: performance.now() - started, matchedIds }
  }

  /** Adds the shard's matches to `top`; returns how many there are. */
  private searchShard(
    shard: LoadedShard,
    query: ParsedQuery,
    f: SearchFilters,
    sort: SortOrder,
    top: TopK<Ranked>,
    only?: ReadonlySet<string>,
    matchedIds?: string[],
  ): number {
    const include = query.include.map((t) => t.text)
    const exclude = query.exclude.map((t) => t.text)
    const toCheck = include.filter((term) => !isOneKey(term))
    const { texts, heads, docs, issues, days } = shard
    const filtered = Boolean(f.issueId || f.pageNo !== undefined || f.paperId || f.kind || f.from || f.to)
    const bestCount = include.length * MAX_COUNTED
    let matched = 0
    // Filters are ours, over the columns: FlexSearch's tag filters see only its first 100 hits and OR two fields.
    candidate: for (const doc of candidates(shard.index, include, texts.length)) {
      const issue = issues[docs.issue[doc]!]!
      if (filtered) {
        if (f.issueId && issue.id !== f.issueId) continue
        if (f.pageNo !== undefined && docs.page[doc] !== f.pageNo) continue
        if (f.paperId && issue.paperId !== f.paperId) continue
        if (f.kind && docs.kind[doc] !== f.kind) continue
        if (!inDateRange(issue.date, f.from, f.to)) continue
      }
      // The exact check: a candidate holds every character of the terms, not yet the terms.
      const text = texts[doc]!
      for (const term of toCheck) if (!text.includes(term)) continue candidate
      for (const term of exclude) if (text.includes(term)) continue candidate
      const id = docs.id[doc]!
      matchedIds?.push(id)
      if (only && !only.has(id)) continue
      matched++
      let inTitle = 0
      for (const term of include) if (heads[doc]!.includes(term)) inTitle++
      // Counting occurrences costs a scan: only for a hit that could still make the page.
      const day = days[docs.issue[doc]!]!
      if (!top.accepts(rankKey(sort, inTitle * TITLE_WEIGHT + bestCount, day))) continue
      let count = 0
      for (const term of include) count += occurrences(text, term, MAX_COUNTED).length
      top.offer(rankKey(sort, inTitle * TITLE_WEIGHT + count, day), { shard, doc, inHeadline: inTitle > 0 })
    }
    return matched
  }

  private hit({ docs, issues }: LoadedShard, doc: number, terms: string[], inHeadline: boolean): SearchHit {
    const issue = issues[docs.issue[doc]!]!
    return {
      id: docs.id[doc]!,
      issueId: issue.id,
      paperId: issue.paperId,
      paperName: this.paperNames.get(issue.paperId) ?? '报名不详',
      date: issue.date,
      pageNo: docs.page[doc]!,
      kind: docs.kind[doc]!,
      kicker: highlight(docs.kicker[doc]!, terms),
      title: highlight(docs.title[doc]!, terms),
      subtitle: highlight(docs.subtitle[doc]!, terms),
      snippet: snippet(docs.body[doc]!, terms),
      inHeadline,
    }
  }
}

/** The k best items by key; ties keep arrival order (newest shard first). */
class TopK<T> {
  private keys: number[] = []
  private items: T[] = []
  constructor(private k: number) {}

  /** Whether an item with this key would be kept now. */
  accepts(key: number): boolean {
    const n = this.keys.length
    if (this.k > 256) return true
    return this.k > 0 && (n < this.k || key > this.keys[n - 1]!)
  }

  offer(key: number, item: T): void {
    if (!this.accepts(key)) return
    if (this.k > 256) {
      // A big page (a bench asking for every match): collect, sort once at the end.
      this.keys.push(key)
      this.items.push(item)
      return
    }
    let i = this.keys.length
    while (i > 0 && this.keys[i - 1]! < key) i--
    this.keys.splice(i, 0, key)
    this.items.splice(i, 0, item)
    if (this.keys.length > this.k) {
      this.keys.pop()
      this.items.pop()
    }
  }

  sorted(): T[] {
    if (this.k <= 256) return this.items
    const order = this.keys.map((_, i) => i).sort((a, b) => this.keys[b]! - this.keys[a]! || a - b)
    return order.slice(0, this.k).map((i) => this.items[i]!)
  }
}
