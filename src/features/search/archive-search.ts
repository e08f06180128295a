// The search worker's work: loads the manifest, then for each query only the
// shards that could hold matches, newest first, and searches them one by one
// (a SearchRun), posting results as they grow until every shard is searched or
// the reader stops. Shards stay in an LRU by bytes; their files come through the
// browser's HTTP cache (hashed names, cached for a year). 继续检索 after a stop
// carries on where the run left off; paging past what a stopped run has found
// searches on only until that page is full. Runs inside
// the search worker, or on the main thread where workers are missing. Talks only through `post`.
import { loadShard, type LoadedShard, SearchIndex, type SearchRequest, type SearchResponse, SearchRun } from '@/search/engine'
import { SearchManifest, Shard, ShardIndexFile } from '@/search/files'
import { CACHE_BYTES, NEWEST_BYTES, newestShards, ShardCache } from '@/search/shard-cache'
import { fetchData, manifestData } from './search-data'

/** What the page needs of the index besides results: the filters' papers and places, and the years it spans. */
export interface SearchIndexInfo {
  papers: SearchManifest['papers']
  places: SearchManifest['places']
  years?: { from: number; to: number }
}

export interface SearchFetchStats {
  /** Bytes of shard files loaded by this worker (from the network or the HTTP cache). */
  loadedBytes: number
  shardsLoaded: number
  /** Shards and bytes held now. */
  cachedShards: number
  cachedBytes: number
}

export type ToSearch = { type: 'search'; seq: number; request: SearchRequest } | { type: 'stop' } | { type: 'resume' }
export type FromSearch =
  | { type: 'index'; info: SearchIndexInfo }
  | { type: 'result'; seq: number; response: SearchResponse; searching: boolean; stopped: boolean; stats: SearchFetchStats }
  | { type: 'error'; message: string }

/** Results are posted at most this often while a run goes on (and when a page fills, and at the end). */
const POST_EVERY_MS = 250
/** Runs keep the best hits for pages of 20 up to a multiple of this. */
const CAPACITY_STEP = 200

/** A data file, parsed; the worker's entry may have asked for it already (search-data.ts). */
async function fetchJson<T>(path: string, parse: (data: unknown) => T): Promise<T> {
  const response = await fetchData(path)
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`)
  return parse(await response.json())
}

interface Active {
  key: string
  run: SearchRun
  seq: number
  offset: number
  limit: number
  stopped: boolean
  /** Stopped, but a page past what was found asks for more: search on until it is full. */
  fillPage: boolean
  lastPost: number
  pageFull: boolean
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e))

export class ArchiveSearch {
  private index: SearchIndex | undefined
  private cache: ShardCache<LoadedShard> = new ShardCache(CACHE_BYTES)
  private loading = new Map<number, Promise<LoadedShard>>()
  private active: Active | undefined
  private pending: Extract<ToSearch, { type: 'search' }> | undefined
  private driving = false
  private stats = { loadedBytes: 0, shardsLoaded: 0 }

  constructor(private post: (message: FromSearch) => void) {
    this.start().catch((e: unknown) => this.post({ type: 'error', message: message(e) }))
  }

  receive(m: ToSearch): void {
    if (m.type === 'search') {
      if (!this.index) this.pending = m
      else this.search(m)
    } else if (this.active) {
      this.active.stopped = m.type === 'stop'
      this.active.fillPage = false
      this.postResult(this.active)
      void this.drive()
    }
  }

  private async start(): Promise<void> {
    const manifest = SearchManifest.parse(await manifestData())
    this.index = new SearchIndex(manifest)
    this.cache = new ShardCache(CACHE_BYTES, newestShards(manifest, NEWEST_BYTES))
    const years = manifest.shards.flatMap((s) => (s.newest ? [Number(s.newest.slice(0, 4)), Number(s.oldest.slice(0, 4))] : []))
    this.post({ type: 'index', info: { papers: manifest.papers, places: manifest.places, years: years.length ? { from: Math.min(...years), to: Math.max(...years) } : undefined } })
    if (this.pending) this.search(this.pending)
    this.pending = undefined
  }

  private search({ seq, request }: Extract<ToSearch, { type: 'search' }>): void {
    const offset = Math.max(0, request.offset ?? 0)
    const limit = Math.max(0, request.limit ?? 20)
    const key = JSON.stringify([request.query, request.filters ?? {}, request.sort ?? 'relevance'])
    const a = this.active
    if (a && a.key === key && a.run.capacity >= offset + limit) {
      // The same query, another page: go on from where the run is.
      Object.assign(a, { seq, offset, limit, pageFull: a.run.has(offset + limit) })
      a.fillPage = a.stopped && !a.pageFull
    } else {
      const capacity = Math.ceil((offset + limit) / CAPACITY_STEP) * CAPACITY_STEP || CAPACITY_STEP
      const run = new SearchRun(this.index!, request, capacity)
      this.active = { key, run, seq, offset, limit, stopped: false, fillPage: false, lastPost: 0, pageFull: false }
    }
    this.postResult(this.active!)
    void this.drive()
  }

  private postResult(a: Active): void {
    a.lastPost = performance.now()
    this.post({
      type: 'result',
      seq: a.seq,
      response: a.run.response(a.offset, a.limit),
      searching: this.goesOn(a),
      stopped: a.stopped && !a.run.done,
      stats: { ...this.stats, cachedShards: this.cache.size, cachedBytes: this.cache.bytes },
    })
  }

  /** Whether the run searches on: not done, and not stopped unless a page asks for more. */
  private goesOn(a: Active): boolean {
    return !a.run.done && (!a.stopped || (a.fillPage && !a.pageFull))
  }

  /** Searches the active run's next shards until it is done, stopped or replaced (then the new one goes on). */
  private async drive(): Promise<void> {
    if (this.driving) return
    this.driving = true
    try {
      for (let a = this.active; a && this.goesOn(a); a = this.active) {
        const next = a.run.nextShard()!
        const shard = await this.shard(next)
        // Let a stop or a new query in between shards, even when they come from memory.
        await new Promise((resolve) => setTimeout(resolve, 0))
        if (this.active !== a || !this.goesOn(a)) continue
        a.run.add(next, shard)
        const filled = !a.pageFull && a.run.has(a.offset + a.limit)
        if (filled) a.pageFull = true
        if (filled || a.run.done || performance.now() - a.lastPost >= POST_EVERY_MS) this.postResult(a)
      }
    } catch (e) {
      this.post({ type: 'error', message: message(e) })
    } finally {
      this.driving = false
    }
  }

  /** Shard i, from memory or loaded (each shard loads once at a time). */
  private shard(i: number): Promise<LoadedShard> {
    const held = this.cache.get(i)
    if (held) return Promise.resolve(held)
    let loading = this.loading.get(i)
    if (!loading) {
      const entry = this.index!.manifest.shards[i]!
      loading = Promise.all([fetchJson(entry.file, (d) => Shard.parse(d)), fetchJson(entry.index, (d) => ShardIndexFile.parse(d))])
        .then(([shard, index]) => {
          const loaded = loadShard(entry, shard, index)
          this.stats.loadedBytes += entry.bytes
          this.stats.shardsLoaded++
          this.cache.set(i, loaded, entry.bytes)
          return loaded
        })
        .finally(() => this.loading.delete(i))
      this.loading.set(i, loading)
    }
    return loading
  }
}
