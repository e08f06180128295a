// The search at archive size (`BENCH_ONLY=search-archive`): a generated daily
// paper, 8 pages a day, over BENCH_ARCHIVE_YEARS years (default 10; e.g. 10,30),
// cut into the build's period shards; then, in a fresh process, what the search
// worker does for a common and a rare query (search-archive-worker.ts), next to
// the design it replaced (every shard loaded for every query).
import { fork } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { shardFiles } from '../../src/search/build-shards'
import { SearchManifest } from '../../src/search/files'
import { datedArchive, PAPER, RARE } from '../search-archive'
import { rng } from './corpus'
import type { ArchiveMeasure } from './search-archive-worker'
import { mutate, seedSentences } from './search-corpus'

const COMMON_QUERY = '发展'
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`

function measure(script: string, args: string[]): Promise<ArchiveMeasure> {
  return new Promise((resolve, reject) => {
    const child = fork(script, args, { execArgv: [...process.execArgv, '--expose-gc', '--max-old-space-size=8192'], stdio: 'inherit' })
    let result: ArchiveMeasure | undefined
    child.on('message', (m) => (result = m as ArchiveMeasure))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 && result ? resolve(result) : reject(new Error(`${script} exited with ${code}`))))
  })
}

export const searchArchiveSection = {
  name: 'search-archive',
  async run(ctx: { root: string; tmp: string }) {
    const years = (process.env.BENCH_ARCHIVE_YEARS ?? '10').split(',').map(Number)
    const { sentences, headlines, chars } = seedSentences(join(ctx.root, 'seeds'))
    const rows: string[][] = []
    const notes: string[] = []
    for (const y of years) {
      const r = rng(y)
      const issues = datedArchive({
        lastYear: 2024,
        years: y,
        everyDays: 1,
        pages: 8,
        articlesPerPage: 5,
        text: () => {
          const body: string[] = []
          for (let p = 0; p < 4; p++) {
            let para = ''
            while (para.length < 60 + r() * 120) para += mutate(r, sentences[Math.floor(r() * sentences.length)]!, chars)
            body.push(para)
          }
          return { title: mutate(r, headlines[Math.floor(r() * headlines.length)]!, chars), body: body.join('\n') }
        },
      })
      const textChars = issues.reduce((n, i) => n + i.docs.reduce((m, d) => m + d[4].length + d[6].length, 0), 0)
      console.error(`search-archive: ${y} years, ${issues.length} issues, ${(textChars / 1e6).toFixed(0)} M characters; cutting shards…`)
      const built = performance.now()
      const files = shardFiles(issues, { papers: [PAPER], places: [] })
      const buildSeconds = (performance.now() - built) / 1000
      issues.length = 0
      const dir = join(ctx.tmp, `archive-${y}`)
      await mkdir(dir, { recursive: true })
      let gz = 0
      let raw = 0
      for (const [path, text] of files) {
        await writeFile(join(dir, path.replace(/^search\//, '')), text)
        raw += Buffer.byteLength(text)
        gz += gzipSync(text, { level: 6 }).length
      }
      const manifest = SearchManifest.parse(JSON.parse(files.get('search/manifest.json')!))
      const manifestGz = gzipSync(files.get('search/manifest.json')!).length
      files.clear()
      console.error(`search-archive: ${y} years, ${manifest.shards.length} shards (${buildSeconds.toFixed(0)} s); measuring…`)
      const m = await measure(join(ctx.root, 'test/bench/search-archive-worker.ts'), [dir, COMMON_QUERY, RARE, y <= 10 ? 'all' : ''])
      for (const q of m.queries) {
        rows.push([
          `${y} years`,
          q.query === RARE ? `rare (${q.total})` : `common “${q.query}” (${q.total.toLocaleString('en')})`,
          `${s(q.first20Ms)}, CPU ${s(q.first20CpuMs)} (${q.first20Shards} shards, ${mib(q.first20Bytes)})`,
          `${s(q.fullMs)}, CPU ${s(q.fullCpuMs)} (${mib(q.fullBytes)})`,
          `${s(q.againMs)}, ${mib(q.againBytes)} read again`,
          mib(m.lazyPeakHeap),
        ])
      }
      notes.push(
        `${y} years: ${(textChars / 1e6).toFixed(0)} M characters, ${manifest.shards.length} shards (${manifest.shards[0]!.period} … ${manifest.shards.at(-1)!.period}), search files ${mib(raw)} raw / ${mib(gz)} gzip, manifest ${(manifestGz / 1024).toFixed(1)} KiB gzip; shards cut and indexed in ${buildSeconds.toFixed(0)} s.` +
          (m.allHeap ? ` Every shard held at once (the replaced design): ${mib(m.allHeap)} heap, loaded in ${m.allLoadSeconds!.toFixed(1)} s, and all ${mib(gz)} gzip fetched for any query.` : ''),
      )
    }
    return [
      {
        title: 'search at archive size (Node, the worker’s steps with file reads for fetches; cache 32 MiB of shard files, newest 16 MiB kept first)',
        columns: ['archive', 'query', 'first 20 results', 'full count', 'same query again', 'worker heap, peak after GC'],
        rows,
        notes: [
          ...notes,
          'First 20 = the relevance order over the newest shards searched so far (exact for the newest-first order; relevance over the whole archive is final at the full count). Time includes reading, JSON.parse, zod, FlexSearch import and folding of each shard. Node lacks Chromium’s pointer compression: heaps in the browser are smaller.',
        ],
      },
    ]
  },
}
