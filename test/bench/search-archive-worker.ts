// Measures the lazy archive search in a fresh process, doing what the browser's
// search worker does (archive-search.ts) with file reads in place of fetches:
// a SearchRun per query over the shards it needs, newest first, each shard
// parsed, validated, imported and held in the same LRU by bytes. Reports the
// first 20 results and the full count of a common and a rare query, the bytes
// read, what a second query reads again, and the heap; then the design it
// replaced, where the worker held every shard.
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { type LoadedShard, loadShard, SearchEngine, SearchIndex, SearchRun } from '../../src/search/engine'
import { SearchManifest, Shard, ShardIndexFile } from '../../src/search/files'
import { CACHE_BYTES, NEWEST_BYTES, newestShards, ShardCache } from '../../src/search/shard-cache'

export interface QueryMeasure {
  query: string
  total: number
  first20Ms: number
  /** CPU time of this process to the first 20 (other jobs on the machine disturb it less than wall time). */
  first20CpuMs: number
  first20Shards: number
  first20Bytes: number
  fullMs: number
  fullCpuMs: number
  fullBytes: number
  /** The same query again: milliseconds and bytes read again. */
  againMs: number
  againBytes: number
}

export interface ArchiveMeasure {
  shards: number
  queries: QueryMeasure[]
  /** Largest heap after a GC while a full count of the common query streams every shard through the cache. */
  lazyPeakHeap: number
  /** Every shard held at once, as the replaced design's worker did; undefined when not measured. */
  allHeap?: number
  allLoadSeconds?: number
}

const gc = () => (globalThis as { gc?: () => void }).gc?.()
const heap = () => process.memoryUsage().heapUsed

async function main(): Promise<void> {
  const [dir, common, rare, measureAll] = process.argv.slice(2)
  if (!dir || !common || !rare) throw new Error('usage: search-archive-worker <searchDir> <common> <rare> [all]')
  const path = (file: string) => join(dir, file.replace(/^search\//, ''))
  const manifest = SearchManifest.parse(JSON.parse(readFileSync(path('manifest.json'), 'utf8')))
  const index = new SearchIndex(manifest)
  let bytesRead = 0
  const read = (i: number) => {
    const entry = manifest.shards[i]!
    bytesRead += statSync(path(entry.file)).size + statSync(path(entry.index)).size
    const shard = Shard.parse(JSON.parse(readFileSync(path(entry.file), 'utf8')))
    const idx = ShardIndexFile.parse(JSON.parse(readFileSync(path(entry.index), 'utf8')))
    return loadShard(entry, shard, idx)
  }

  let cache = new ShardCache<LoadedShard>(CACHE_BYTES, newestShards(manifest, NEWEST_BYTES))
  const shard = (i: number) => {
    const held = cache.get(i)
    if (held) return held
    const loaded = read(i)
    cache.set(i, loaded, manifest.shards[i]!.bytes)
    return loaded
  }
  const runQuery = (query: string, onShard?: () => void) => {
    const started = performance.now()
    const cpu = process.cpuUsage()
    const cpuMs = () => {
      const used = process.cpuUsage(cpu)
      return (used.user + used.system) / 1000
    }
    const before = bytesRead
    const run = new SearchRun(index, { query }, 200)
    let first: { ms: number; cpuMs: number; shards: number; bytes: number } | undefined
    let searched = 0
    for (let next = run.nextShard(); next !== undefined; next = run.nextShard()) {
      run.add(next, shard(next))
      searched++
      onShard?.()
      if (!first && run.has(20)) {
        run.response(0, 20)
        first = { ms: performance.now() - started, cpuMs: cpuMs(), shards: searched, bytes: bytesRead - before }
      }
    }
    const total = run.response(0, 20).total
    return { total, first: first!, fullMs: performance.now() - started, fullCpuMs: cpuMs(), fullBytes: bytesRead - before }
  }

  const queries: QueryMeasure[] = []
  for (const query of [common, rare]) {
    const cold = runQuery(query)
    const againStart = bytesRead
    const again = runQuery(query)
    queries.push({
      query,
      total: cold.total,
      first20Ms: cold.first.ms,
      first20CpuMs: cold.first.cpuMs,
      first20Shards: cold.first.shards,
      first20Bytes: cold.first.bytes,
      fullMs: cold.fullMs,
      fullCpuMs: cold.fullCpuMs,
      fullBytes: cold.fullBytes,
      againMs: again.fullMs,
      againBytes: bytesRead - againStart,
    })
  }

  // Heap: a cold cache, a GC after each shard of a full count, the largest retained heap.
  cache = new ShardCache<LoadedShard>(CACHE_BYTES, newestShards(manifest, NEWEST_BYTES))
  gc()
  const base = heap()
  let peak = 0
  runQuery(common, () => {
    gc()
    peak = Math.max(peak, heap() - base)
  })
  const measure: ArchiveMeasure = { shards: manifest.shards.length, queries, lazyPeakHeap: peak }

  if (measureAll === 'all') {
    cache = new ShardCache<LoadedShard>(0)
    gc()
    const before = heap()
    const started = performance.now()
    const engine = new SearchEngine(manifest)
    manifest.shards.forEach((entry, i) =>
      engine.addShard(i, Shard.parse(JSON.parse(readFileSync(path(entry.file), 'utf8'))), ShardIndexFile.parse(JSON.parse(readFileSync(path(entry.index), 'utf8')))),
    )
    measure.allLoadSeconds = (performance.now() - started) / 1000
    gc()
    measure.allHeap = heap() - before
  }
  process.send?.(measure)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
