// The archive search over date shards. A query is a SearchRun: it knows which
// shards could hold matches (date, paper and scope filters against the
// manifest), in the order to search them (newest first; oldest first for the
// oldest-first sort), and takes the shards one at a time as the worker loads
// them, keeping the best hits, the count and the facet counts (paper, kind,
// place) so far. FlexSearch gives candidates, the exact substring check on the
// folded text decides, filters and ranking are plain code over the shard's
// columns. A hit keeps only its own strings, so a searched shard can be
// dropped. No DOM: runs in a Web Worker, on the main thread, or in Node.
import type { Index } from 'flexsearch'
import type { ArticleKind, PlaceEntry } from '../schema/bundle.ts'
import { type SearchManifest, type Shard, type ShardDocs, type ShardEntry, type ShardIndexFile, foldBody, foldHead } from './files.ts'
import { candidates, importShardIndex, isOneKey } from './flex-index.ts'
import { type Segment, highlight, occurrences, snippet } from './highlight.ts'
import { inDateRange, shardPlan } from './plan.ts'
import { type ParsedQuery, highlightTerms, parseQuery } from './query.ts'

export { shardMayMatch, shardPlan } from './plan.ts'

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
  /** A division code: articles at that place or below it. A code the index does not know is ignored. */
  place?: string
}

export interface SearchRequest {
  query: string
  filters?: SearchFilters
  sort?: SortOrder
  offset?: number
  limit?: number
}

export interface SearchHit {
  id: string
  issueId: string
  paperId: string
  paperName: string
  date: string
  pageNo: string
  /** The page as printed (3, A2); '' when the paper printed no number. */
  printedPage: string
  kind: ArticleKind
  kicker: Segment[]
  title: Segment[]
  subtitle: Segment[]
  snippet: Segment[]
  /** The match is in the headline. */
  inHeadline: boolean
}

export type SearchStatus = 'ok' | 'empty' | 'exclusions-only'

/**
 * Counts over the matches searched so far. Each facet is counted under every filter but its own,
 * so a count is the number of results choosing it gives (papers: within the shards the paper filter keeps).
 */
export interface SearchFacets {
  papers: Record<string, number>
  kinds: Partial<Record<ArticleKind, number>>
  /** Per division code, sub-places included; an article counts once per place. */
  places: Record<string, number>
  /** Matches under every filter but the place (全部地区). */
  placeTotal: number
}

export interface SearchResponse {
  status: SearchStatus
  /** Matches in the shards searched so far: exact once `pendingShards` is 0, a lower bound before. */
  total: number
  hits: SearchHit[]
  /** Folded terms to highlight, for the article link (?hl=). */
  terms: string[]
  truncated: boolean
  /** Shards that could hold matches and are not searched yet. */
  pendingShards: number
  searchedShards: number
  /** Years of the dated shards searched so far. */
  searchedYears?: { from: number; to: number }
  /** Which way the pending shards lie: older for the newest-first and relevance orders, newer for oldest first. */
  pendingDirection: 'older' | 'newer'
  facets: SearchFacets
  /** The place filter applied (a known code), if any. */
  place?: string
  /** The issue a scope names, once its shard is searched. */
  scopeIssue?: { paperId: string; paperName: string; date: string }
  elapsedMs: number
}

/**
 * A shard in memory: its columns, their folded text, and its FlexSearch index (ids are column positions). The folded text
 * is kept as headline and body apart: a body that folding leaves as it is (most Chinese text) is the column's own string,
 * not a copy, so a shard holds its text once.
 */
export interface LoadedShard {
  entry: ShardEntry
  issues: Shard['issues']
  docs: ShardDocs
  /** Per issue of the shard: YYYYMMDD as a number (year-only: YYYY0000; undated: 0), for sorting. */
  days: number[]
  texts: string[]
  heads: string[]
  index: Index
}

/** A shard as the worker holds it, from its two files. */
export function loadShard(entry: ShardEntry, shard: Shard, index: ShardIndexFile): LoadedShard {
  if (index.docs !== shard.docs.id.length) throw new Error(`${entry.index}: indexes ${index.docs} documents, the shard has ${shard.docs.id.length}`)
  const texts: string[] = []
  const heads: string[] = []
  for (let doc = 0; doc < shard.docs.id.length; doc++) {
    texts.push(foldBody(shard.docs, doc))
    heads.push(foldHead(shard.docs, doc))
  }
  const days = shard.issues.map((issue) => dayNumber(issue.date))
  return { entry, issues: shard.issues, docs: shard.docs, days, texts, heads, index: importShardIndex(index.chunks) }
}

/** What a hit needs of its shard: its own strings only, so the shard itself can be evicted. */
interface Ranked {
  id: string
  issue: Shard['issues'][number]
  page: string
  printed: string
  kind: ArticleKind
  kicker: string
  title: string
  subtitle: string
  body: string
  inHeadline: boolean
}

const TITLE_WEIGHT = 100
const MAX_COUNTED = 5

function dayNumber(date: string): number {
  if (!date) return 0
  const [y = 0, m = 0, d = 0] = date.split('-').map(Number)
  return y * 10000 + m * 100 + d
}

/** One number per hit, larger is better: the sort order's key first, the other as tie-break. */
function rankKey(sort: SortOrder, score: number, day: number): number {
  if (sort === 'relevance') return score * 1e8 + day
  if (sort === 'newest') return day * 1e4 + score
  return (day ? 1e8 - day : 0) * 1e4 + score
}

/** The manifest's papers and place hierarchy, as a run needs them. */
export class SearchIndex {
  readonly paperNames: ReadonlyMap<string, string>
  private parents: ReadonlyMap<string, string | undefined>
  private chains = new Map<string, readonly string[]>()

  constructor(readonly manifest: SearchManifest) {
    this.paperNames = new Map(manifest.papers.map((p) => [p.id, p.name]))
    this.parents = new Map(manifest.places.map((p: PlaceEntry) => [p.code, p.parent]))
  }

  knowsPlace(code: string): boolean {
    return this.parents.has(code)
  }

  /** A place and its parents, most specific first (each once; unknown parents end the chain). */
  chain(code: string): readonly string[] {
    let chain = this.chains.get(code)
    if (!chain) {
      const found: string[] = []
      for (let at: string | undefined = code; at !== undefined && this.parents.has(at) && !found.includes(at); at = this.parents.get(at)) found.push(at)
      chain = found
      this.chains.set(code, chain)
    }
    return chain
  }
}

/** One query's search across shards, fed one shard at a time. */
export class SearchRun {
  readonly plan: readonly number[]
  readonly query: ParsedQuery
  readonly filters: SearchFilters
  readonly sort: SortOrder
  private searched = new Set<number>()
  private top: TopK<Ranked>
  private total = 0
  private facets: SearchFacets = { papers: {}, kinds: {}, places: {}, placeTotal: 0 }
  private years?: { from: number; to: number }
  private scopeIssue?: SearchResponse['scopeIssue']
  private elapsed = 0
  private readonly terms: string[]

  /** `capacity`: how many of the best hits to keep (the deepest result a page can show). */
  constructor(
    readonly index: SearchIndex,
    request: Pick<SearchRequest, 'query' | 'filters' | 'sort'>,
    readonly capacity: number,
  ) {
    this.query = parseQuery(request.query)
    this.filters = { ...request.filters }
    if (this.filters.place !== undefined && !index.knowsPlace(this.filters.place)) delete this.filters.place
    this.sort = request.sort ?? 'relevance'
    this.terms = highlightTerms(this.query)
    this.plan = this.query.include.length ? shardPlan(index.manifest, this.filters, this.sort) : []
    this.top = new TopK(capacity)
  }

  /** The next shard to search, or undefined when the run is complete. */
  nextShard(): number | undefined {
    if (this.scopeIssue) return undefined
    return this.plan.find((i) => !this.searched.has(i))
  }

  get done(): boolean {
    return this.nextShard() === undefined
  }

  /** Found at least `n` hits, or nothing more to search. */
  has(n: number): boolean {
    return this.total >= n || this.done
  }

  /** Searches shard `i` (a plan entry) and adds its matches. */
  add(i: number, shard: LoadedShard): void {
    if (this.searched.has(i) || !this.plan.includes(i)) return
    const started = performance.now()
    this.searched.add(i)
    this.searchShard(shard)
    for (const date of [shard.entry.newest, shard.entry.oldest]) {
      if (!date) continue
      const year = Number(date.slice(0, 4))
      this.years = this.years ? { from: Math.min(this.years.from, year), to: Math.max(this.years.to, year) } : { from: year, to: year }
    }
    this.elapsed += performance.now() - started
  }

  response(offset = 0, limit = 20): SearchResponse {
    const started = performance.now()
    const q = this.query
    const { papers, kinds, places, placeTotal } = this.facets
    // A copy: the run goes on counting into its own.
    const facets = { papers: { ...papers }, kinds: { ...kinds }, places: { ...places }, placeTotal }
    const base = { terms: this.terms, truncated: q.truncated, facets, place: this.filters.place, pendingDirection: this.sort === 'oldest' ? 'newer' : 'older' } as const
    if (q.include.length === 0) {
      const status: SearchStatus = q.exclude.length ? 'exclusions-only' : 'empty'
      return { ...base, status, total: 0, hits: [], pendingShards: 0, searchedShards: 0, elapsedMs: performance.now() - started }
    }
    const from = Math.max(0, offset)
    const hits = this.top
      .sorted()
      .slice(from, from + Math.max(0, limit))
      .map((r) => this.hit(r))
    const pending = this.done ? 0 : this.plan.filter((i) => !this.searched.has(i)).length
    return {
      ...base,
      status: 'ok',
      total: this.total,
      hits,
      pendingShards: pending,
      searchedShards: this.searched.size,
      searchedYears: this.years,
      scopeIssue: this.scopeIssue,
      elapsedMs: this.elapsed + performance.now() - started,
    }
  }

  private searchShard(shard: LoadedShard): void {
    const include = this.query.include.map((t) => t.text)
    const exclude = this.query.exclude.map((t) => t.text)
    const toCheck = include.filter((term) => !isOneKey(term))
    const { texts, heads, docs, issues, days } = shard
    const f = this.filters
    const scope = place(this.index, f.place)
    const bestCount = include.length * MAX_COUNTED
    const facets = this.facets
    if (f.issueId) {
      const issue = issues.find((i) => i.id === f.issueId)
      if (issue) this.scopeIssue = { paperId: issue.paperId, paperName: this.paperName(issue.paperId), date: issue.date }
    }
    // Filters are ours, over the columns: FlexSearch's tag filters see only its first 100 hits and OR two fields.
    candidate: for (const doc of candidates(shard.index, include, texts.length)) {
      const issue = issues[docs.issue[doc]!]!
      if (f.issueId && issue.id !== f.issueId) continue
      if (f.pageNo !== undefined && docs.page[doc] !== f.pageNo) continue
      if (!inDateRange(issue.date, f.from, f.to)) continue
      // The exact check: a candidate holds every character of the terms, not yet the terms. A term holds no line break, so
      // it is in the document when it is in its headline or its body (as the index saw them: headline, a break, body).
      const text = texts[doc]!
      const head = heads[doc]!
      for (const term of toCheck) if (!text.includes(term) && !head.includes(term)) continue candidate
      for (const term of exclude) if (text.includes(term) || head.includes(term)) continue candidate
      const paperOk = !f.paperId || issue.paperId === f.paperId
      const kindOk = !f.kind || docs.kind[doc] === f.kind
      const places = docs.places[doc]!
      const placeOk = !scope || places.some((code) => scope(code))
      // Each facet under every filter but its own.
      if (kindOk && placeOk) facets.papers[issue.paperId] = (facets.papers[issue.paperId] ?? 0) + 1
      if (paperOk && placeOk) facets.kinds[docs.kind[doc]!] = (facets.kinds[docs.kind[doc]!] ?? 0) + 1
      if (paperOk && kindOk) {
        facets.placeTotal++
        if (places.length) this.countPlaces(places)
      }
      if (!(paperOk && kindOk && placeOk)) continue
      this.total++
      let inTitle = 0
      for (const term of include) if (head.includes(term)) inTitle++
      // Counting occurrences costs a scan: only for a hit that could still make the page.
      const day = days[docs.issue[doc]!]!
      if (!this.top.accepts(rankKey(this.sort, inTitle * TITLE_WEIGHT + bestCount, day))) continue
      let count = 0
      for (const term of include) {
        const inHead = occurrences(head, term, MAX_COUNTED).length
        count += inHead + (inHead < MAX_COUNTED ? occurrences(text, term, MAX_COUNTED - inHead).length : 0)
      }
      this.top.offer(rankKey(this.sort, inTitle * TITLE_WEIGHT + count, day), {
        id: docs.id[doc]!,
        issue,
        page: docs.page[doc]!,
        printed: docs.printed[doc]!,
        kind: docs.kind[doc]!,
        kicker: docs.kicker[doc]!,
        title: docs.title[doc]!,
        subtitle: docs.subtitle[doc]!,
        body: docs.body[doc]!,
        inHeadline: inTitle > 0,
      })
    }
  }

  /** An article counts once for each place it names and each of their parents. */
  private countPlaces(codes: readonly string[]): void {
    const counted = new Set<string>()
    for (const code of codes) for (const at of this.index.chain(code)) counted.add(at)
    for (const code of counted) this.facets.places[code] = (this.facets.places[code] ?? 0) + 1
  }

  private paperName(paperId: string): string {
    return this.index.paperNames.get(paperId) ?? '报名不详'
  }

  private hit(r: Ranked): SearchHit {
    const terms = this.terms
    return {
      id: r.id,
      issueId: r.issue.id,
      paperId: r.issue.paperId,
      paperName: this.paperName(r.issue.paperId),
      date: r.issue.date,
      pageNo: r.page,
      printedPage: r.printed,
      kind: r.kind,
      kicker: highlight(r.kicker, terms),
      title: highlight(r.title, terms),
      subtitle: highlight(r.subtitle, terms),
      snippet: snippet(r.body, terms),
      inHeadline: r.inHeadline,
    }
  }
}

/** A test for "this code is the chosen place or lies within it", or undefined without a place filter. */
function place(index: SearchIndex, code: string | undefined): ((code: string) => boolean) | undefined {
  if (code === undefined) return undefined
  return (at) => index.chain(at).includes(code)
}

/**
 * Every loaded shard searched at once: for tests and the bench, and the worker's model. The worker
 * itself runs a SearchRun shard by shard as it loads them (archive-search.ts).
 */
export class SearchEngine {
  private loaded = new Map<number, LoadedShard>()
  readonly index: SearchIndex

  constructor(readonly manifest: SearchManifest) {
    this.index = new SearchIndex(manifest)
  }

  get loadedCount(): number {
    return this.loaded.size
  }

  /** Adds shard i of the manifest: its text and the index exported for it at build time. */
  addShard(i: number, shard: Shard, index: ShardIndexFile): void {
    const entry = this.manifest.shards[i]
    if (!entry || this.loaded.has(i)) return
    this.loaded.set(i, loadShard(entry, shard, index))
  }

  search(request: SearchRequest): SearchResponse {
    const offset = Math.max(0, request.offset ?? 0)
    const limit = Math.max(0, request.limit ?? 20)
    const run = new SearchRun(this.index, request, offset + limit)
    for (const i of run.plan) {
      const shard = this.loaded.get(i)
      if (shard) run.add(i, shard)
    }
    return run.response(offset, limit)
  }
}

/** The k best items by key; ties keep arrival order (the shard searched first wins). */
class TopK<T> {
  private keys: number[] = []
  private items: T[] = []
  private dirty = false
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
      // A deep page: collect, sort when asked, and cut back to k then.
      this.keys.push(key)
      this.items.push(item)
      this.dirty = true
      if (this.keys.length > 4 * this.k) this.sorted()
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
    if (this.k <= 256 || !this.dirty) return this.items
    const order = this.keys.map((_, i) => i).sort((a, b) => this.keys[b]! - this.keys[a]! || a - b)
    const kept = order.slice(0, this.k)
    this.keys = kept.map((i) => this.keys[i]!)
    this.items = kept.map((i) => this.items[i]!)
    this.dirty = false
    return this.items
  }
}
