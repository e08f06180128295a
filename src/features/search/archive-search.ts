// Loads the search manifest and shards, newest first (shards the current query
// needs jump the queue), each with the FlexSearch index the build exported for
// it, and answers queries over what has arrived so far. Runs inside the search worker, or on the main thread
// where workers are missing. Talks only through `post`.
import { SearchEngine, type SearchRequest, type SearchResponse } from '@/search/engine'
import { SearchManifest, Shard, ShardIndexFile } from '@/search/files'

export interface SearchProgress {
  loadedShards: number
  totalShards: number
  loadedBytes: number
  totalBytes: number
  papers: SearchManifest['papers']
}

export type ToSearch = { type: 'search'; seq: number; request: SearchRequest }
export type FromSearch =
  | { type: 'progress'; progress: SearchProgress }
  | { type: 'result'; seq: number; response: SearchResponse }
  | { type: 'error'; message: string }

async function fetchJson<T>(path: string, parse: (data: unknown) => T): Promise<T> {
  const response = await fetch(`${import.meta.env.BASE_URL}data/${path}`)
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`)
  return parse(await response.json())
}

export class ArchiveSearch {
  private engine: SearchEngine | undefined
  private current: { seq: number; request: SearchRequest } | undefined
  private loadedBytes = 0

  constructor(private post: (message: FromSearch) => void) {
    this.load().catch((e: unknown) => this.post({ type: 'error', message: e instanceof Error ? e.message : String(e) }))
  }

  receive(message: ToSearch): void {
    this.current = message
    this.answer()
  }

  private answer(): void {
    if (!this.engine || !this.current) return
    try {
      this.post({ type: 'result', seq: this.current.seq, response: this.engine.search(this.current.request) })
    } catch (e) {
      this.post({ type: 'error', message: e instanceof Error ? e.message : String(e) })
    }
  }

  private progress(manifest: SearchManifest): void {
    this.post({
      type: 'progress',
      progress: {
        loadedShards: this.engine?.loadedCount ?? 0,
        totalShards: manifest.shards.length,
        loadedBytes: this.loadedBytes,
        totalBytes: manifest.shards.reduce((n, s) => n + s.bytes, 0),
        papers: manifest.papers,
      },
    })
  }

  private nextShard(engine: SearchEngine): number | undefined {
    const wanted = engine.shardsFor(this.current?.request.filters).find((i) => !engine.isLoaded(i))
    return wanted ?? engine.manifest.shards.findIndex((_, i) => !engine.isLoaded(i))
  }

  private async load(): Promise<void> {
    const manifest = await fetchJson('search/manifest.json', (d) => SearchManifest.parse(d))
    const engine = new SearchEngine(manifest)
    this.engine = engine
    this.progress(manifest)
    for (let next = this.nextShard(engine); next !== undefined && next >= 0; next = this.nextShard(engine)) {
      const entry = manifest.shards[next]!
      const [shard, index] = await Promise.all([fetchJson(entry.file, (d) => Shard.parse(d)), fetchJson(entry.index, (d) => ShardIndexFile.parse(d))])
      engine.addShard(next, shard, index)
      this.loadedBytes += entry.bytes
      this.progress(manifest)
      this.answer()
    }
    // An empty archive still answers (with nothing).
    if (manifest.shards.length === 0) this.answer()
  }
}
