// Measures the archive search in a fresh process (so heaps never mix), doing
// what the browser's search worker does: load every shard (JSON.parse, zod,
// FlexSearch import of the exported index, folding the text), then the
// exactness of every query against a plain substring scan, and the latency of
// a top-20 query with its full count.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SearchEngine } from '../../src/search/engine'
import { SearchManifest, Shard, ShardIndexFile } from '../../src/search/files'
import { normalize } from '../../src/search/normalize'
import { parseQuery } from '../../src/search/query'

export interface SearchMeasure {
  docs: number
  /** Seconds to load every shard as the worker does. */
  loadSeconds: number
  heapBytes: number
  exactQueries: number
  queries: number
  /** Queries whose result set differed from the substring scan, with the difference. */
  misses: string[]
  p50Ms: number
  p95Ms: number
  maxMs: number
  /** The same in CPU time of this process, which other jobs on the machine disturb less than wall time. */
  cpuP50Ms: number
  cpuP95Ms: number
}

const gc = () => (globalThis as { gc?: () => void }).gc?.()
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!

async function main(): Promise<void> {
  const [dir] = process.argv.slice(2)
  if (!dir) throw new Error('usage: search-worker <searchDir>')
  const read = (path: string) => readFileSync(join(dir, path.replace(/^search\//, '')), 'utf8')
  const queries = JSON.parse(read('queries.json')) as string[]
  const manifest = SearchManifest.parse(JSON.parse(read('manifest.json')))
  const raw = manifest.shards.map((s) => [read(s.file), read(s.index)] as const)
  gc()
  const before = process.memoryUsage().heapUsed
  const started = performance.now()
  const engine = new SearchEngine(manifest)
  raw.forEach(([text, index], i) => engine.addShard(i, Shard.parse(JSON.parse(text)), ShardIndexFile.parse(JSON.parse(index))))
  const loadSeconds = (performance.now() - started) / 1000
  gc()
  const heapBytes = process.memoryUsage().heapUsed - before

  // Ground truth: a plain substring scan over the folded text of every document.
  const truthTexts: string[] = []
  const truthIds: string[] = []
  for (const [text] of raw) {
    const { docs: d } = Shard.parse(JSON.parse(text))
    d.id.forEach((id, i) => {
      truthTexts.push(normalize([d.kicker[i], d.title[i], d.subtitle[i], d.body[i]].join('\n')))
      truthIds.push(id)
    })
  }
  const misses: string[] = []
  let exact = 0
  for (const q of queries) {
    const parsed = parseQuery(q)
    const truth = parsed.include.length
      ? truthIds.filter((_, i) => parsed.include.every((x) => truthTexts[i]!.includes(x.text)) && !parsed.exclude.some((x) => truthTexts[i]!.includes(x.text)))
      : []
    const got = engine.search({ query: q, limit: 1e9 }).hits.map((h) => h.id)
    const wanted = new Set(truth)
    if (got.length === truth.length && got.every((id) => wanted.has(id))) exact++
    else misses.push(`${q}: expected ${truth.length}, got ${got.length}`)
  }

  // Latency with only the engine in the heap, as in the browser: drop the truth and the raw files.
  const docs = truthTexts.length
  truthTexts.length = 0
  raw.length = 0
  gc()
  const times: number[] = []
  const cpu: number[] = []
  for (const q of queries) engine.search({ query: q, limit: 20 }) // warm-up
  for (let round = 0; round < 5; round++) {
    for (const q of queries) {
      const t = performance.now()
      const c = process.cpuUsage()
      engine.search({ query: q, limit: 20 })
      const used = process.cpuUsage(c)
      times.push(performance.now() - t)
      cpu.push((used.user + used.system) / 1000)
    }
  }
  times.sort((a, b) => a - b)
  cpu.sort((a, b) => a - b)
  const measure: SearchMeasure = {
    docs,
    loadSeconds,
    heapBytes,
    exactQueries: exact,
    queries: queries.length,
    misses,
    p50Ms: quantile(times, 0.5),
    p95Ms: quantile(times, 0.95),
    maxMs: times[times.length - 1]!,
    cpuP50Ms: quantile(cpu, 0.5),
    cpuP95Ms: quantile(cpu, 0.95),
  }
  process.send?.(measure)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
