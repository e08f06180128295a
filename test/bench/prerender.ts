// Bench section "prerender": the static HTML per article and page for a generated
// archive of about one year of an eight-page daily (BENCH_PRERENDER_MB, default 20 MB
// of page text: ~2,900 pages). Measures the time to write every file, their count and
// bytes, the largest file, and the memory it takes on top of the ingested bundle.
import { existsSync, readFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { writePrerendered } from '../../src/build/prerender'
import { ingestDirectory } from '../../src/ingest/ingest'
import { generateCorpus } from './corpus'

interface Table {
  title: string
  columns: string[]
  rows: string[][]
  notes?: string[]
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`

export const prerenderSection = {
  name: 'prerender',
  async run(ctx: { root: string; tmp: string }): Promise<Table[]> {
    const mb = Number(process.env.BENCH_PRERENDER_MB ?? 20)
    const corpus = join(ctx.tmp, 'prerender-corpus')
    const outDir = join(ctx.tmp, 'prerender-out')
    const stats = await generateCorpus(join(ctx.root, 'seeds'), corpus, mb * 1e6)
    const content = await ingestDirectory(corpus)
    const articles = content.catalog.issues.reduce((n, i) => n + i.pages.reduce((m, p) => m + p.articles.length, 0), 0)
    const pages = content.catalog.issues.reduce((n, i) => n + i.pages.length, 0)
    // The built index.html when there is one (its script and style tags are part of every file's size).
    const built = join(ctx.root, 'dist/index.html')
    const template = readFileSync(existsSync(built) ? built : join(ctx.root, 'index.html'), 'utf8')
    global.gc?.()
    const rssBefore = process.memoryUsage().rss
    let peak = rssBefore
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
    const started = performance.now()
    const cpu = process.cpuUsage()
    const { files, bytes } = writePrerendered(content, template, outDir, { base: '/', siteUrl: 'https://banmian.example' })
    const seconds = (performance.now() - started) / 1000
    const { user, system } = process.cpuUsage(cpu)
    const cpuSeconds = (user + system) / 1e6
    clearInterval(timer)
    peak = Math.max(peak, process.memoryUsage().rss)
    await rm(outDir, { recursive: true, force: true })
    return [
      {
        title: `prerender: static HTML for a generated archive (${mb} MB of page text)`,
        columns: ['page files', 'issues', 'pages', 'articles', 'HTML files', 'HTML MB', 'bytes per file', 'template bytes', 'seconds', 'CPU s', 'files/s', 'RSS growth while writing'],
        rows: [[
          String(stats.files), String(content.catalog.issues.length), String(pages), String(articles), String(files),
          (bytes / 1e6).toFixed(1), String(Math.round(bytes / files)), String(Buffer.byteLength(template)),
          seconds.toFixed(2), cpuSeconds.toFixed(2), String(Math.round(files / seconds)), mib(peak - rssBefore),
        ]],
        notes: [
          'Written synchronously, one issue body parsed and its files written at a time; nothing else held but the ingested bundle.',
          'CPU s (this process, user + system) is the figure to compare: on a shared machine the wall-clock seconds follow the load.',
        ],
      },
    ]
  },
}
