// The search section of `npm run bench`: a ~100,000-paragraph corpus cut into
// the shards the build emits, what the browser downloads before its first
// query, and per design (src/search vs FlexSearch with the same bigram keys)
// exactness, top-20 latency, build time and retained heap.
import { fork } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { shardFiles } from '../../src/search/build-shards'
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

export const searchSection = {
  name: 'search',
  async run(ctx: { root: string; tmp: string }): Promise<Table[]> {
    const paragraphs = Number(process.env.BENCH_SEARCH_PARAGRAPHS ?? 100_000)
    const corpus = generateSearchCorpus(join(ctx.root, 'seeds'), paragraphs)
    const files = shardFiles(corpus.issues, corpus.papers)
    const dir = join(ctx.tmp, 'search')
    await mkdir(dir, { recursive: true })
    for (const [path, text] of files) await writeFile(join(dir, path.replace(/^search\//, '')), text)
    const queries = querySet(corpus)
    await writeFile(join(dir, 'queries.json'), JSON.stringify(queries))

    const gz = (path: string) => gzipSync(files.get(path)!, { level: 9 }).length
    const shardPaths = [...files.keys()].filter((p) => p !== 'search/manifest.json')
    const firstQuery = gz('search/manifest.json') + gz(shardPaths[0]!)
    const allGz = shardPaths.reduce((n, p) => n + gz(p), gz('search/manifest.json'))
    const raw = [...files.values()].reduce((n, t) => n + Buffer.byteLength(t), 0)
    const docs = corpus.issues.reduce((n, i) => n + i.docs.length, 0)

    const worker = join(ctx.root, 'test/bench/search-worker.ts')
    const designs: SearchMeasure[] = []
    for (const mode of ['engine', 'flexsearch']) {
      console.error(`search: measuring ${mode}…`)
      designs.push(await measure(worker, [dir, mode]))
    }
    const pct = (m: SearchMeasure) => `${((m.exactQueries / m.queries) * 100).toFixed(0)}% (${m.exactQueries}/${m.queries})`
    return [
      {
        title: `search corpus and download (${paragraphs.toLocaleString('en')} paragraphs)`,
        columns: ['paragraphs', 'articles', 'issues', 'characters', 'shards', 'search files', 'all gzip', 'before first query (gzip)'],
        rows: [[String(corpus.paragraphs), String(docs), String(corpus.issues.length), `${(corpus.chars / 1e6).toFixed(1)} M`, String(shardPaths.length), mib(raw), mib(allGz), kb(firstQuery)]],
        notes: [
          'Before first query = manifest + the newest shard, gzip -9 (the browser builds that shard\'s index itself, so no index is downloaded). Later shards stream in newest first while results already show; the search worker script comes on top: ~30 KiB gzip (`vite build`: search.worker-*.js, mostly zod).',
        ],
      },
      {
        title: 'search designs (whole corpus loaded; exactness vs a substring scan, top-20 latency over 5 rounds of every query)',
        columns: ['design', 'exact queries', 'p50 ms', 'p95 ms', 'max ms', 'build s', 'heap'],
        rows: designs.map((m) => [m.mode, pct(m), m.p50Ms.toFixed(2), m.p95Ms.toFixed(2), m.maxMs.toFixed(1), m.buildSeconds.toFixed(2), mib(m.heapBytes)]),
        notes: [
          'engine = src/search (character bigrams + unigrams, Uint16 postings per shard, exact check on the folded text; counts every match and ranks it). flexsearch = FlexSearch 0.8 Index, tokenize strict, the same keys as a custom `encode`, the same exact check, but stopping at the first 20 confirmed hits: no total, no ranking, so its latency is a lower bound.',
          'Build = JSON.parse + zod validation + indexing of every shard. Heap = retained after GC (index, folded and original text).',
          ...designs.flatMap((m) => m.misses.map((x) => `${m.mode} miss — ${x}`)),
        ],
      },
    ]
  },
}
