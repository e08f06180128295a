// npm run bench — performance figures of the build, printed as Markdown tables.
// Each section measures one thing and returns its tables; later sections
// (search, page load) slot into SECTIONS. Env: BENCH_MB (largest corpus,
// default 50), BENCH_RUNS (ingest runs per row, default 3: the median is
// shown, with the range of MB/s), BENCH_PROFILE=1 (CPU profile of the
// largest ingest), BENCH_KEEP=1 (keep the temp corpus and bundle),
// BENCH_YEARS (archive sizes of the incremental rebuild, default 1,10),
// BENCH_ARCHIVE_YEARS (archive sizes of the archive section, default 1,10,30).
import { fork } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateCorpus } from './corpus'
import type { IngestMeasure } from './ingest-worker'
import { archiveSection } from './archive'
import { bundleLayoutSection } from './bundle-layout'
import { incrementalSection } from './incremental'
import { hotSpots } from './profile'
import { lighthouseSection } from './lighthouse'
import { pageLoadSection } from './page-load'
import { prerenderSection } from './prerender'
import { searchSection } from './search'
import { searchArchiveSection } from './search-archive'

interface Table {
  title: string
  columns: string[]
  rows: string[][]
  notes?: string[]
}

interface BenchContext {
  root: string
  tmp: string
  /** Corpus sizes in MB, smallest first. */
  sizesMb: number[]
  profile: boolean
}

interface Section {
  name: string
  run(ctx: BenchContext): Promise<Table[]>
}

const MB = 1e6
const mb = (bytes: number) => (bytes / MB).toFixed(1)
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`
const pct = (x: number) => `${(x * 100).toFixed(1)}%`

function runWorker(script: string, args: string[], env: Record<string, string> = {}): Promise<IngestMeasure> {
  return new Promise((resolve, reject) => {
    const child = fork(script, args, { env: { ...process.env, ...env }, stdio: 'inherit' })
    let measure: IngestMeasure | undefined
    child.on('message', (m) => (measure = m as IngestMeasure))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 && measure ? resolve(measure) : reject(new Error(`${script} exited with ${code}`))))
  })
}

/** Ingest runs per row: this machine's speed and its disk vary from run to run, so one run is not a figure. */
const RUNS = Math.max(1, Math.floor(Number(process.env.BENCH_RUNS ?? 3)) || 1)

const throughput = (m: IngestMeasure) => m.inputBytes / MB / (m.ingestSeconds + m.writeSeconds)

/** The run of median throughput, with the highest peak memory of all runs (a peak is a bound, not a typical value). */
function typical(runs: IngestMeasure[]): IngestMeasure {
  const median = [...runs].sort((a, b) => throughput(a) - throughput(b))[Math.floor((runs.length - 1) / 2)] as IngestMeasure
  return { ...median, peakRss: Math.max(...runs.map((m) => m.peakRss)), peakHeap: Math.max(...runs.map((m) => m.peakHeap)) }
}

function row(label: string, runs: IngestMeasure[]): string[] {
  const m = typical(runs)
  const speeds = runs.map(throughput)
  const range = runs.length > 1 ? ` (${Math.min(...speeds).toFixed(1)}–${Math.max(...speeds).toFixed(1)})` : ''
  return [
    label, mb(m.inputBytes), String(m.files), String(m.issues), String(m.articles), String(m.warnings),
    String(m.threads), m.pageSeconds.toFixed(2), m.assembleSeconds.toFixed(2),
    m.ingestSeconds.toFixed(2), m.writeSeconds.toFixed(2), `${throughput(m).toFixed(1)}${range}`,
    mib(m.peakRss), mib(m.peakHeap), mb(m.bundleBytes), mib(m.peakRss - m.bundleBytes),
  ]
}

/** RUNS fresh processes over the same corpus; only the first one is profiled. */
async function runs(worker: string, args: string[], env: Record<string, string>, profileEnv: Record<string, string> = {}): Promise<IngestMeasure[]> {
  const all: IngestMeasure[] = []
  for (let r = 0; r < RUNS; r++) all.push(await runWorker(worker, args, { ...env, ...(r === 0 ? profileEnv : {}) }))
  return all
}

const ingestSection: Section = {
  name: 'ingest',
  async run(ctx) {
    const worker = join(ctx.root, 'test/bench/ingest-worker.ts')
    const rows: string[][] = []
    const measures: IngestMeasure[] = []
    const profileTables: Table[] = []
    for (const [i, size] of ctx.sizesMb.entries()) {
      const input = join(ctx.tmp, `corpus-${size}`)
      const out = join(ctx.tmp, `bundle-${size}`)
      const corpus = await generateCorpus(join(ctx.root, 'seeds'), input, size * MB)
      console.error(`corpus ${size} MB: ${corpus.files} files (${Object.entries(corpus.formats).map(([f, n]) => `${f} ${n}`).join(', ')})`)
      const profile = join(ctx.tmp, `ingest-${size}.cpuprofile`)
      const profiled = ctx.profile && i === ctx.sizesMb.length - 1
      const all = await runs(worker, [input, out], {}, profiled ? { BENCH_PROFILE_OUT: profile } : {})
      const m = typical(all)
      measures.push(m)
      rows.push(row(`${size} MB`, all))
      // The same corpus on this thread alone: what the worker threads add.
      if (i === ctx.sizesMb.length - 1 && m.threads > 1) rows.push(row(`${size} MB, 1 thread`, await runs(worker, [input, `${out}-1`], { BENCH_THREADS: '1' })))
      if (profiled) {
        const spots = hotSpots(profile, ctx.root)
        const toRows = (list: typeof spots.functions) => list.map((s) => [s.name, pct(s.share), s.ms.toFixed(0)])
        profileTables.push(
          { title: `ingest ${size} MB: self time by function`, columns: ['function', 'share', 'ms'], rows: toRows(spots.functions) },
          { title: `ingest ${size} MB: self time by file`, columns: ['file', 'share', 'ms'], rows: toRows(spots.files) },
        )
      }
    }
    const notes: string[] = []
    const [small, large] = [measures[0], measures[measures.length - 1]]
    if (small && large && large.inputBytes > small.inputBytes) {
      const perInput = (large.peakRss - small.peakRss) / (large.inputBytes - small.inputBytes)
      const beyond = (large.peakRss - large.bundleBytes - (small.peakRss - small.bundleBytes)) / (large.inputBytes - small.inputBytes)
      notes.push(`Peak RSS grows ${perInput.toFixed(1)} bytes per input byte; beyond the bundle it grows ${beyond.toFixed(1)} bytes per input byte.`)
    }
    notes.push(`Each row is the median of ${RUNS} run${RUNS > 1 ? 's' : ''} by MB/s${RUNS > 1 ? ' (the range of all runs in brackets)' : ''}; peaks are the highest of all runs.`)
    notes.push('MB/s = input MB / (ingest + write) wall-clock seconds. Peak RSS includes the ~baseline of Node + tsx + the gazetteer.')
    notes.push('ingest s = page steps s (decode to serialised articles, on all threads) + assembly s (issues, ids, links, catalog validation) + listing files.')
    const columns = ['corpus', 'input MB', 'files', 'issues', 'articles', 'warnings', 'threads', 'page steps s', 'assembly s', 'ingest s', 'write s', 'MB/s', 'peak RSS', 'peak heap', 'bundle MB', 'RSS − bundle']
    return [{ title: 'ingest (ingestDirectory + writeBundle, a fresh process per run)', columns, rows, notes }, ...profileTables]
  },
}

// BENCH_ONLY=search (comma-separated names) runs only those sections.
const only = process.env.BENCH_ONLY?.split(',')
const SECTIONS: Section[] = [ingestSection, incrementalSection, searchSection, searchArchiveSection, pageLoadSection, bundleLayoutSection, prerenderSection, lighthouseSection, archiveSection].filter((s) => !only || only.includes(s.name))

function markdown(table: Table): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`
  return [
    `### ${table.title}`,
    '',
    line(table.columns),
    line(table.columns.map(() => '---')),
    ...table.rows.map(line),
    ...(table.notes?.length ? ['', ...table.notes] : []),
  ].join('\n')
}

async function main(): Promise<void> {
  const largest = Number(process.env.BENCH_MB ?? 50)
  if (!(largest > 0)) throw new Error(`BENCH_MB must be a positive number, got ${process.env.BENCH_MB}`)
  const ctx: BenchContext = {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    tmp: await mkdtemp(join(tmpdir(), 'banmian-bench-')),
    sizesMb: [Math.max(1, Math.round(largest / 5)), largest],
    profile: process.env.BENCH_PROFILE === '1',
  }
  const tables: Table[] = []
  try {
    for (const section of SECTIONS) {
      console.error(`bench: ${section.name}…`)
      tables.push(...(await section.run(ctx)))
    }
  } finally {
    if (process.env.BENCH_KEEP === '1') console.error(`kept ${ctx.tmp}`)
    else await rm(ctx.tmp, { recursive: true, force: true })
  }
  console.log(`## Bench (${new Date().toISOString().slice(0, 10)}, node ${process.version})\n`)
  console.log(tables.map(markdown).join('\n\n'))
}

main().catch((e: unknown) => {
  console.error(`bench failed: ${e instanceof Error ? e.stack : String(e)}`)
  process.exit(1)
})
