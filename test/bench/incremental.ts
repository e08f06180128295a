// The incremental rebuild: a dated archive (one daily paper, 8 pages a day) of
// 1 and 10 years (BENCH_YEARS=1,10,30 to choose), built cold with an empty
// cache, then one day's pages added and built again: the bundle (ingest +
// write) and the search exports, written into one folder as a deployment
// serves them. Each build runs in a fresh process. Wall-clock time on this
// shared machine varies with its load, so the CPU seconds of the build's main
// thread and workers are shown too. The Vite build's own steps (font subset,
// prerendered HTML, emitting every file into a fresh dist/) are not part of it.
import { fork } from 'node:child_process'
import { join } from 'node:path'
import { cacheBytes } from '../../src/ingest/cache'
import { generateDatedArchive, loadPool, writeDay } from './corpus'
import type { RebuildMeasure } from './rebuild-worker'

interface Table {
  title: string
  columns: string[]
  rows: string[][]
  notes?: string[]
}

/** The archive ends the day before this; the added day is this one. */
const END = Date.UTC(2026, 0, 1)

function rebuild(root: string, args: string[], env: Record<string, string> = {}): Promise<RebuildMeasure> {
  return new Promise((resolve, reject) => {
    const child = fork(join(root, 'test/bench/rebuild-worker.ts'), [...args, root], { stdio: 'inherit', env: { ...process.env, ...env } })
    let measure: RebuildMeasure | undefined
    child.on('message', (m) => (measure = m as RebuildMeasure))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 && measure ? resolve(measure) : reject(new Error(`rebuild-worker exited with ${code}`))))
  })
}

const s = (x: number) => x.toFixed(2)
const total = (m: RebuildMeasure) => m.ingestSeconds + m.writeSeconds + m.searchSeconds
const served = (c: { hits: number; misses: number }) => `${c.hits}/${c.hits + c.misses}`

export const incrementalSection = {
  name: 'incremental',
  async run(ctx: { root: string; tmp: string }): Promise<Table[]> {
    const years = (process.env.BENCH_YEARS ?? '1,10').split(',').map(Number).filter((y) => y > 0)
    const rows: string[][] = []
    const pool = loadPool(join(ctx.root, 'seeds'))
    for (const y of years) {
      const input = join(ctx.tmp, `archive-${y}y`)
      const out = join(ctx.tmp, `archive-${y}y-bundle`)
      const cache = join(ctx.tmp, `archive-${y}y-cache`)
      const corpus = await generateDatedArchive(join(ctx.root, 'seeds'), input, Math.round(y * 365.25), new Date(END))
      console.error(`archive ${y} y: ${corpus.files} files, ${(corpus.bytes / 1e6).toFixed(1)} MB; cold build…`)
      const cold = await rebuild(ctx.root, [input, out, cache])
      const added = await writeDay(pool, input, new Date(END))
      console.error(`archive ${y} y: added ${added.files} pages; rebuild…`)
      const warm = await rebuild(ctx.root, [input, out, cache], { BENCH_SEARCH_AGAIN: '1' })
      rows.push([
        `${y} y`, String(warm.files), String(warm.issues), (warm.inputBytes / 1e6).toFixed(1),
        s(total(cold)), s(cold.cpuSeconds),
        s(warm.ingestSeconds), s(warm.writeSeconds), s(warm.searchSeconds), s(total(warm)), warm.cpu.map(s).join(' / '),
        served(warm.pages), served(warm.issueStats), served(warm.shards),
        warm.searchAgain ? `${s(warm.searchAgain[0])} (CPU ${s(warm.searchAgain[1])})` : '',
        `${(cacheBytes(cache) / 2 ** 20).toFixed(0)} MiB`, `${(warm.peakRss / 2 ** 20).toFixed(0)} MiB`,
      ])
    }
    return [
      {
        title: 'incremental rebuild (one day of 8 pages added to a dated archive; bundle + search exports, a fresh process per build)',
        columns: [
          'archive', 'pages', 'issues', 'input MB', 'cold s', 'cold CPU s',
          'rebuild: ingest s', 'write s', 'search s', 'total s', 'CPU s (ingest / write / search)',
          'pages reused', 'issues reused', 'shards reused', 'search s, every shard reused', 'cache size', 'rebuild peak RSS',
        ],
        rows,
        notes: [
          'cold = the first build with an empty cache (which it fills); rebuild = the build after adding one day. total = ingest + write + search exports (wall clock); write = the bundle and the search files into the output folder (files named by their content that are there already are neither read nor written).',
          'CPU s = user + system seconds of the whole build process (all threads): the machine is shared, so wall clock varies with its load.',
          'shards reused: shards are cut by calendar period, so a new day changes only its own (newest) shard; "every shard reused" is the search step once more over the same input.',
          'Not included: the Vite build\'s font subset (src/build/font-subset.ts counts characters per body, no longer joining all text, but still reads every body and subsets anew), its prerendered HTML for every article and page, and its emitting every file into an emptied dist/: each of these still grows with the archive.',
          'What a rebuild still does for the whole archive: a stat of every page file, reading back each folder\'s run (the pages\' stamps and the heads of their metadata), each paper-year\'s assembled issues (without their pages, which are read only for a year that changes) and its part of the split catalog (files named by content, place counts, its members of the id map), and joining every id-map shard again (only the shards whose bytes changed are written). An unchanged year\'s year list and month files are neither made nor read.',
        ],
      },
    ]
  },
}
