// CPU time of the page steps per MB of input, on one thread, for one or more checkouts loaded into the same process
// and run alternately over the same pages held in memory. On a shared machine wall time says little; CPU time of
// passes taken back to back, each version in turn, is what tells two versions apart.
//
//   npx tsx test/bench/page-cost.ts [checkout ...]      (default: this checkout; the first named is the reference)
//
// A checkout needs node_modules (a symlink will do); nothing is copied into it. Env: PAGE_COST_MB (generated corpus,
// default 12), PAGE_COST_ROUNDS (timed passes per version, default 5), BANMIAN_CORPUS (its pages/ are added),
// PAGE_COST_CHUNK (pages run by one version before the next takes its turn, default 50), PAGE_COST_PROFILE=1 (three
// more passes per version under the profiler: its top functions by self time).
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Session } from 'node:inspector/promises'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { listPageFiles } from '../../src/ingest/ingest'
import type { PageOutcome } from '../../src/ingest/process-file'
import { tuneV8ForIngest } from '../../src/ingest/v8-tuning'
import { generateCorpus } from './corpus'
import { hotSpots } from './profile'

type ProcessFile = (inputDir: string, path: string, hasSidecar: boolean, read: (path: string) => Buffer) => PageOutcome

interface Page {
  dir: string
  path: string
  sidecar: boolean
}

interface Version {
  root: string
  processFile: ProcessFile
  cold: number
  warm: number[]
  /** The least CPU time each chunk took in any round: load from elsewhere only ever adds time, so the least is the truest. */
  best: number[]
  digest: string
}

const MB = 1e6
const HERE = fileURLToPath(new URL('../..', import.meta.url))
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN

/** The generated corpus (kept in the temp folder between runs: the same size always gives the same files) and the real pages, if any. */
async function loadPages(): Promise<{ pages: Page[]; files: Map<string, Buffer>; bytes: number }> {
  const size = Number(process.env.PAGE_COST_MB ?? 12)
  const generated = join(tmpdir(), `banmian-page-cost-${size}mb`)
  if (!existsSync(join(generated, '.done'))) {
    await generateCorpus(join(HERE, 'seeds'), generated, size * MB)
    await writeFile(join(generated, '.done'), '')
  }
  const dirs = [generated, ...(process.env.BANMIAN_CORPUS ? [join(process.env.BANMIAN_CORPUS, 'pages')] : [])]
  const pages: Page[] = []
  const files = new Map<string, Buffer>()
  let bytes = 0
  for (const dir of dirs) {
    for (const f of await listPageFiles(dir)) {
      pages.push({ dir, ...f })
      const data = readFileSync(f.path)
      files.set(f.path, data)
      bytes += data.length
      if (f.sidecar) files.set(f.path + '.meta.json', readFileSync(f.path + '.meta.json'))
    }
  }
  return { pages, files, bytes }
}

/** One pass over the pages; CPU ms of this process (all its threads, so the collector's too). */
function pass(v: Version, pages: Page[], read: (path: string) => Buffer, keep?: PageOutcome[]): number {
  const before = process.cpuUsage()
  for (const p of pages) {
    const outcome = v.processFile(p.dir, p.path, p.sidecar, read)
    keep?.push(outcome)
  }
  const used = process.cpuUsage(before)
  return (used.user + used.system) / 1000
}

/**
 * One round: every version over every page, taken a chunk at a time and the versions in turn on each chunk (the
 * order flipping from chunk to chunk), so a burst of load from elsewhere falls on all of them alike.
 */
function round(versions: Version[], pages: Page[], read: (path: string) => Buffer, chunk: number, flip: boolean): number[] {
  const used = versions.map(() => 0)
  for (let at = 0, n = 0; at < pages.length; at += chunk, n++) {
    const part = pages.slice(at, at + chunk)
    const order = versions.map((_, i) => i)
    if ((n % 2 === 1) !== flip) order.reverse()
    for (const i of order) {
      const ms = pass(versions[i]!, part, read)
      used[i]! += ms
      const best = versions[i]!.best
      best[n] = Math.min(best[n] ?? Infinity, ms)
    }
  }
  return used
}

/** Passes per profile: more samples, less noise. */
const PROFILE_PASSES = 3

async function profilePass(v: Version, pages: Page[], read: (path: string) => Buffer, index: number): Promise<void> {
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
  for (let i = 0; i < PROFILE_PASSES; i++) pass(v, pages, read)
  const { profile } = await session.post('Profiler.stop')
  session.disconnect()
  const out = join(tmpdir(), `banmian-page-cost-${index}.cpuprofile`)
  await writeFile(out, JSON.stringify(profile))
  console.log(`\nprofile of ${v.root} (${out}): self time by function`)
  for (const s of hotSpots(out, v.root, 25).functions) console.log(`  ${(s.share * 100).toFixed(1).padStart(5)}%  ${s.ms.toFixed(0).padStart(6)} ms  ${s.name}`)
}

async function main(): Promise<void> {
  tuneV8ForIngest()
  const roots = process.argv.slice(2).map((r) => resolve(r))
  if (!roots.length) roots.push(HERE)
  const { pages, files, bytes } = await loadPages()
  const read = (path: string) => {
    const data = files.get(path)
    if (!data) throw new Error(`not loaded: ${path}`)
    return data
  }
  const versions: Version[] = []
  for (const root of roots) {
    const mod = (await import(pathToFileURL(join(root, 'src/ingest/process-file.ts')).href)) as { processFile: ProcessFile }
    versions.push({ root, processFile: mod.processFile, cold: 0, warm: [], best: [], digest: '' })
  }
  console.log(`${pages.length} pages, ${(bytes / MB).toFixed(1)} MB; ${versions.length} version(s)`)
  // The first pass of each compiles as it goes (cold); its outcomes, hashed outside the timing, show whether the versions agree.
  for (const v of versions) {
    const outcomes: PageOutcome[] = []
    v.cold = pass(v, pages, read, outcomes)
    v.digest = createHash('sha1').update(JSON.stringify(outcomes)).digest('hex').slice(0, 12)
  }
  const rounds = Math.max(1, Number(process.env.PAGE_COST_ROUNDS ?? 5))
  const chunk = Math.max(1, Number(process.env.PAGE_COST_CHUNK ?? 50))
  for (let r = 0; r < rounds; r++) {
    round(versions, pages, read, chunk, r % 2 === 1).forEach((ms, i) => versions[i]!.warm.push(ms))
    console.log(`round ${r + 1}: ${versions.map((v) => (v.warm[r]! / (bytes / MB)).toFixed(0)).join(' / ')} ms/MB`)
  }
  const ref = versions[0]!
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
  console.log('\n| version | cold ms/MB | warm ms/MB (median) | warm range | vs first (median of round ratios) | least ms/MB (sum of chunk minima) | vs first (least) | outcomes |')
  console.log('|---|---|---|---|---|---|---|---|')
  for (const v of versions) {
    const ratios = v.warm.map((w, i) => w / ref.warm[i]!)
    const perMb = v.warm.map((w) => w / (bytes / MB))
    console.log(`| ${v.root} | ${(v.cold / (bytes / MB)).toFixed(0)} | ${median(perMb).toFixed(0)} | ${Math.min(...perMb).toFixed(0)}–${Math.max(...perMb).toFixed(0)} | ${median(ratios).toFixed(3)} | ${(sum(v.best) / (bytes / MB)).toFixed(0)} | ${(sum(v.best) / sum(ref.best)).toFixed(3)} | ${v.digest} |`)
  }
  if (process.env.PAGE_COST_PROFILE === '1') for (const [i, v] of versions.entries()) await profilePass(v, pages, read, i)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
