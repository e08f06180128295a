// Runs one ingest (ingestDirectory + writeBundle) in a fresh process and
// reports time and peak memory to the parent, so peaks of two runs never mix.
// With BENCH_PROFILE_OUT set, writes a CPU profile of the measured part only
// (not module loading) to that path.
import { writeFile } from 'node:fs/promises'
import { Session } from 'node:inspector/promises'
import { ingestDirectory } from '../../src/ingest/ingest'
import { tuneV8ForIngest } from '../../src/ingest/v8-tuning'
import { writeBundle } from '../../src/ingest/write'

export interface IngestMeasure {
  inputBytes: number
  files: number
  pages: number
  issues: number
  articles: number
  warnings: number
  errors: number
  ingestSeconds: number
  writeSeconds: number
  threads: number
  pageSeconds: number
  assembleSeconds: number
  bundleBytes: number
  baselineRss: number
  peakRss: number
  peakHeap: number
}

async function main(): Promise<void> {
  // As the CLI runs the ingest.
  tuneV8ForIngest()
  const [inputDir, outDir] = process.argv.slice(2)
  if (!inputDir || !outDir) throw new Error('usage: ingest-worker <inputDir> <outDir>')
  const baselineRss = process.memoryUsage().rss
  let peakHeap = 0
  let peakRss = baselineRss
  const sample = () => {
    const m = process.memoryUsage()
    peakHeap = Math.max(peakHeap, m.heapUsed)
    peakRss = Math.max(peakRss, m.rss)
  }
  const timer = setInterval(sample, 50)
  const profileOut = process.env.BENCH_PROFILE_OUT
  const session = profileOut ? new Session() : undefined
  if (session) {
    session.connect()
    await session.post('Profiler.enable')
    await session.post('Profiler.start')
  }
  const t0 = performance.now()
  // BENCH_THREADS overrides the default (one thread per core), for comparison rows.
  const threads = process.env.BENCH_THREADS ? Number(process.env.BENCH_THREADS) : undefined
  const result = await ingestDirectory(inputDir, { threads })
  const t1 = performance.now()
  sample()
  const bundleBytes = await writeBundle(result, outDir)
  const t2 = performance.now()
  sample()
  clearInterval(timer)
  if (session && profileOut) {
    const { profile } = await session.post('Profiler.stop')
    await writeFile(profileOut, JSON.stringify(profile))
    session.disconnect()
  }
  const { stats } = result
  const measure: IngestMeasure = {
    inputBytes: stats.bytes,
    files: stats.files,
    pages: stats.pages,
    issues: stats.issues,
    articles: stats.articles,
    warnings: result.warnings.length,
    errors: result.errors.length,
    ingestSeconds: (t1 - t0) / 1000,
    threads: stats.threads,
    pageSeconds: stats.pageSeconds,
    assembleSeconds: stats.assembleSeconds,
    writeSeconds: (t2 - t1) / 1000,
    bundleBytes,
    baselineRss,
    // maxRSS (KiB) also catches peaks between two samples.
    peakRss: Math.max(peakRss, process.resourceUsage().maxRSS * 1024),
    peakHeap,
  }
  process.send?.(measure)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
