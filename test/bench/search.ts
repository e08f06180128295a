// The search section of `npm run bench`: a ~100,000-paragraph corpus cut into
// the shards the build emits (text and FlexSearch index), what the browser
// downloads before its first query, and the search's exactness, top-20 latency,
// build and load time and retained heap, next to the design it replaced.
import { fork } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { shardFiles } from '../../src/search/build-shards'
import { SearchManifest } from '../../src/search/files'
import { generateSearchCorpus, querySet } from './search-corpus'
import type { SearchMeasure } from './search-worker'

interface Table {
  title: string
  columns: string[]
  rows: string[][]
  notes?: string[]
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`

function measure(script: string, args: string[]): Promise<SearchMeasure> {
  return new Promise((resolve, reject) => {
    const child = fork(script, args, { execArgv: [...process.execArgv, '--expose-gc', '--max-old-space-size=2048'], stdio: 'inherit' })
    let result: SearchMeasure | undefined
    child.on('message', (m) => (result = m as SearchMeasure))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 && result ? resolve(result) : reject(new Error(`${script} exited with ${code}`))))
  })
}

/** The bigram index this design replaced, as this bench measured it at e1ca478 (README, 2026-11-23, an idle machine). */
const BEFORE = { exact: '100% (55/55)', p50: '1.8', p95: '3.5', max: '—', build: '—', load: '1.2', heap: '81 MiB', firstQuery: '145 KiB' }

export const searchSection = {
  name: 'search',
  async run(ctx: { root: string; tmp: string }): Promise<Table[]> {
    const paragraphs = Number(process.env.BENCH_SEARCH_PARAGRAPHS ?? 100_000)
    const corpus = generateSearchCorpus(join(ctx.root, 'seeds'), paragraphs)
    const built = performance.now()
    const files = shardFiles(corpus.issues, { papers: corpus.papers, places: [] })
    const buildSeconds = (performance.now() - built) / 1000
    const dir = join(ctx.tmp, 'search')
    await mkdir(dir, { recursive: true })
    for (const [path, text] of files) await writeFile(join(dir, path.replace(/^search\//, '')), text)
    const queries = querySet(corpus)
    await writeFile(join(dir, 'queries.json'), JSON.stringify(queries))

    const gz = (path: string) => gzipSync(files.get(path)!, { level: 9 }).length
    const manifest = SearchManifest.parse(JSON.parse(files.get('search/manifest.json')!))
    const first = manifest.shards[0]!
    const firstQuery = gz('search/manifest.json') + gz(first.file) + gz(first.index)
    const allGz = [...files.keys()].reduce((n, p) => n + gz(p), 0)
    const indexGz = manifest.shards.reduce((n, s) => n + gz(s.index), 0)
    const raw = [...files.values()].reduce((n, t) => n + Buffer.byteLength(t), 0)
    const docs = corpus.issues.reduce((n, i) => n + i.docs.length, 0)

    console.error('search: measuring…')
    const m = await measure(join(ctx.root, 'test/bench/search-worker.ts'), [dir])
    const pct = `${((m.exactQueries / m.queries) * 100).toFixed(0)}% (${m.exactQueries}/${m.queries})`
    return [
      {
        title: `search corpus and download (${paragraphs.toLocaleString('en')} paragraphs)`,
        columns: ['paragraphs', 'articles', 'issues', 'characters', 'shards', 'search files', 'all gzip', 'of it indexes', 'before first query (gzip)'],
        rows: [[String(corpus.paragraphs), String(docs), String(corpus.issues.length), `${(corpus.chars / 1e6).toFixed(1)} M`, String(manifest.shards.length), mib(raw), mib(allGz), mib(indexGz), kb(firstQuery)]],
        notes: [
          "Before first query = manifest + the newest shard's text and its exported FlexSearch index, gzip -9. Later shards stream in newest first while results already show. The search worker script comes on top (`vite build`: search.worker-*.js with zod and FlexSearch).",
        ],
      },
      {
        title: 'search (whole corpus loaded; exactness vs a substring scan, top-20 latency with the full count over 5 rounds of every query)',
        columns: ['design', 'exact queries', 'p50 ms', 'p95 ms', 'max ms', 'build s', 'load s', 'heap', 'before first query'],
        rows: [
          ['bigram index (before, e1ca478)', BEFORE.exact, BEFORE.p50, BEFORE.p95, BEFORE.max, BEFORE.build, BEFORE.load, BEFORE.heap, BEFORE.firstQuery],
          ['FlexSearch per shard + exact check', pct, m.p50Ms.toFixed(2), m.p95Ms.toFixed(2), m.maxMs.toFixed(1), buildSeconds.toFixed(2), m.loadSeconds.toFixed(2), mib(m.heapBytes), kb(firstQuery)],
        ],
        notes: [
          'FlexSearch: one Index per shard over single characters of the folded text (src/search/flex-index.ts), built and exported at build time; every candidate is confirmed by the substring check, filtered and ranked by src/search/engine.ts, which counts every match.',
          'Build = cutting the shards and building and exporting their indexes (before: nothing, the browser indexed). Load = JSON.parse + zod + what the worker does per shard (before: bigram indexing; now: FlexSearch import and folding). Heap = retained after GC.',
          `In CPU time of the process (less disturbed by other jobs than wall time): p50 ${m.cpuP50Ms.toFixed(2)} ms, p95 ${m.cpuP95Ms.toFixed(2)} ms; the bigram index measured so, back to back on 2026-12-02: p50 3.32 ms, p95 8.99 ms.`,
          ...m.misses.map((x) => `miss — ${x}`),
        ],
      },
    ]
  },
}
