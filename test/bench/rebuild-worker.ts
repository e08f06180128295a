// One build of the bundle and its search files with the cache (ingestDirectory + buildSearchFilesCached + writeBundle of
// both), in a fresh process: reports wall-clock and CPU seconds per step and what the cache served. The output folder ends
// up holding the data a deployment serves (the bundle and data/search), written as `npm run ingest` writes the bundle.
import { ingestDirectory } from '../../src/ingest/ingest'
import { tuneV8ForIngest } from '../../src/ingest/v8-tuning'
import { writeBundle } from '../../src/ingest/write'
import { buildSearchFilesCached } from '../../src/build/search-cache'
import type { CacheStats } from '../../src/ingest/cache'

export interface RebuildMeasure {
  files: number
  issues: number
  inputBytes: number
  ingestSeconds: number
  writeSeconds: number
  searchSeconds: number
  cpuSeconds: number
  /** CPU seconds (all threads) of the ingest, the write (bundle and search files) and the search exports. */
  cpu: [ingest: number, write: number, search: number]
  pages: CacheStats
  issueStats: CacheStats
  shards: CacheStats
  searchFiles: number
  /** With BENCH_SEARCH_AGAIN=1: the search exports built once more from the same input (every shard reused), wall and CPU s. */
  searchAgain?: [seconds: number, cpu: number]
  peakRss: number
}

async function main(): Promise<void> {
  tuneV8ForIngest()
  const [inputDir, outDir, cacheDir, root] = process.argv.slice(2)
  if (!inputDir || !outDir || !cacheDir || !root) throw new Error('usage: rebuild-worker <inputDir> <outDir> <cacheDir> <root>')
  const cpu = process.cpuUsage()
  const seconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6
  const t0 = performance.now()
  // BENCH_CACHE_VERSION pins the caches' versions, for trying changes to the build code without a cold build each time.
  const version = process.env.BENCH_CACHE_VERSION || undefined
  const result = await ingestDirectory(inputDir, { cache: { dir: cacheDir, version } })
  const c1 = process.cpuUsage()
  const t1 = performance.now()
  const search = buildSearchFilesCached(result.catalog, result.bodies, { dir: cacheDir, root, version })
  const c2 = process.cpuUsage()
  const t2 = performance.now()
  await writeBundle(result, outDir, { extra: search.files })
  const t3 = performance.now()
  const c3 = process.cpuUsage()
  const used = process.cpuUsage(cpu)
  let searchAgain: RebuildMeasure['searchAgain']
  if (process.env.BENCH_SEARCH_AGAIN === '1') {
    const t4 = performance.now()
    buildSearchFilesCached(result.catalog, result.bodies, { dir: cacheDir, root, version })
    searchAgain = [(performance.now() - t4) / 1000, seconds(process.cpuUsage()) - seconds(c3)]
  }
  const measure: RebuildMeasure = {
    files: result.stats.files,
    issues: result.stats.issues,
    inputBytes: result.stats.bytes,
    ingestSeconds: (t1 - t0) / 1000,
    searchSeconds: (t2 - t1) / 1000,
    writeSeconds: (t3 - t2) / 1000,
    cpuSeconds: seconds(used),
    cpu: [seconds(c1) - seconds(cpu), seconds(c3) - seconds(c2), seconds(c2) - seconds(c1)],
    pages: result.cache!.pages,
    issueStats: result.cache!.issues,
    shards: search.stats.shards,
    searchFiles: search.files.size,
    searchAgain,
    peakRss: process.resourceUsage().maxRSS * 1024,
  }
  process.send?.(measure)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
