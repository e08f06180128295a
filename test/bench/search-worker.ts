// Measures one search design in a fresh process (so heaps never mix): build
// time and retained heap of the index over every shard, exactness of every
// query against a plain substring scan, and latency of a top-20 query.
// Modes: `engine` (src/search) and `flexsearch` (FlexSearch 0.8 Index with the
// same bigram keys as a custom encoder, hits confirmed by the same exact check).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Index } from 'flexsearch'
import { SearchEngine } from '../../src/search/engine'
import { SearchManifest, Shard } from '../../src/search/files'
import { normalize } from '../../src/search/normalize'
import { parseQuery } from '../../src/search/query'

export interface SearchMeasure {
  mode: string
  docs: number
  buildSeconds: number
  heapBytes: number
  exactQueries: number
  queries: number
  /** Queries whose result set differed from the substring scan, with the difference. */
  misses: string[]
  p50Ms: number
  p95Ms: number
  maxMs: number
}

const gc = () => (globalThis as { gc?: () => void }).gc?.()
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!

/** The FlexSearch encoder: every character and every adjacent pair, no whitespace. */
function bigramKeys(text: string): string[] {
  const keys = new Set<string>()
  const folded = normalize(text)
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i]!
    if (/\s/.test(c)) continue
    keys.add(c)
    const n = folded[i + 1]
    if (n && !/\s/.test(n)) keys.add(c + n)
  }
  return [...keys]
}

interface Design {
  /** Every matching doc number (for exactness). */
  all(query: string): number[]
  /** The top 20 (for latency). */
  top(query: string): unknown
}

async function main(): Promise<void> {
  const [dir, mode = 'engine'] = process.argv.slice(2)
  if (!dir) throw new Error('usage: search-worker <searchDir> [engine|flexsearch]')
  const queries = JSON.parse(readFileSync(join(dir, 'queries.json'), 'utf8')) as string[]
  const manifest = SearchManifest.parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')))
  const raw = manifest.shards.map((s) => readFileSync(join(dir, s.file.replace(/^search\//, '')), 'utf8'))
  gc()
  const before = process.memoryUsage().heapUsed
  const started = performance.now()
  const docIds: string[] = []
  let design: Design
  let keep: unknown
  if (mode === 'engine') {
    const engine = new SearchEngine(manifest)
    raw.forEach((json, i) => engine.addShard(i, Shard.parse(JSON.parse(json))))
    keep = engine
    design = {
      all: (q) => engine.search({ query: q, limit: 1e9 }).hits.map((h) => docNo.get(h.id)!),
      top: (q) => engine.search({ query: q, limit: 20 }),
    }
  } else {
    const index = new Index({ encode: bigramKeys, tokenize: 'strict', cache: false, resolution: 1 })
    const texts: string[] = []
    for (const json of raw) {
      for (const issue of Shard.parse(JSON.parse(json)).issues) {
        for (const [id, , , kicker, title, subtitle, body] of issue.docs) {
          const text = `${[kicker, title, subtitle].join('\n')}\n${body}`
          index.add(texts.length, text)
          texts.push(normalize(text))
          docIds.push(id)
        }
      }
    }
    keep = [index, texts]
    const run = (q: string, limit: number) => {
      const parsed = parseQuery(q)
      if (!parsed.include.length) return []
      const found = index.search(parsed.include.map((t) => t.text).join(' '), { limit: 1e9 }) as number[]
      const out: number[] = []
      for (const d of found) {
        const t = texts[d]!
        if (parsed.include.every((x) => t.includes(x.text)) && !parsed.exclude.some((x) => t.includes(x.text))) out.push(d)
        if (out.length >= limit) break
      }
      return out
    }
    design = { all: (q) => run(q, 1e9), top: (q) => run(q, 20) }
  }
  const buildSeconds = (performance.now() - started) / 1000
  gc()
  const heapBytes = process.memoryUsage().heapUsed - before
  void keep

  // Ground truth: a plain substring scan over the folded text of every document.
  const truthTexts: string[] = []
  const truthIds: string[] = []
  for (const json of raw) {
    for (const issue of Shard.parse(JSON.parse(json)).issues) {
      for (const [id, , , kicker, title, subtitle, body] of issue.docs) {
        truthTexts.push(normalize(`${[kicker, title, subtitle].join('\n')}\n${body}`))
        truthIds.push(id)
      }
    }
  }
  const docNo = new Map(truthIds.map((id, i) => [id, i]))
  const misses: string[] = []
  let exact = 0
  for (const q of queries) {
    const parsed = parseQuery(q)
    const truth = parsed.include.length
      ? truthTexts.flatMap((t, i) => (parsed.include.every((x) => t.includes(x.text)) && !parsed.exclude.some((x) => t.includes(x.text)) ? [i] : []))
      : []
    const got = design.all(q).sort((a, b) => a - b)
    if (got.length === truth.length && got.every((d, i) => d === truth[i])) exact++
    else misses.push(`${q}: expected ${truth.length}, got ${got.length}`)
  }

  // Latency with only the index in the heap, as in the browser: drop the truth and the raw files.
  const docs = truthTexts.length
  truthTexts.length = 0
  raw.length = 0
  gc()
  const times: number[] = []
  for (const q of queries) design.top(q) // warm-up
  for (let round = 0; round < 5; round++) {
    for (const q of queries) {
      const t = performance.now()
      design.top(q)
      times.push(performance.now() - t)
    }
  }
  times.sort((a, b) => a - b)
  const measure: SearchMeasure = {
    mode,
    docs,
    buildSeconds,
    heapBytes,
    exactQueries: exact,
    queries: queries.length,
    misses,
    p50Ms: quantile(times, 0.5),
    p95Ms: quantile(times, 0.95),
    maxMs: times[times.length - 1]!,
  }
  process.send?.(measure)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
