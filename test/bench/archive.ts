// Bench section "archive": the built app over a generated dated archive (one daily paper, 8 pages a day,
// generateDatedArchive) of BENCH_ARCHIVE_YEARS years (default 1,10,30), in Chromium against `vite preview`.
// Per size: first text and the gzip bytes before it on home, a cold deep link, a paper's archive and /places; a common
// and a rare query (first 20, full count, page and worker heap, long tasks on the main thread); and Pagefind over the
// same articles when it is installed (archive-pagefind.ts; BENCH_PAGEFIND_YEARS, default the smallest size). The machine's load average goes with every figure.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import type { IssueBody, LibraryIndex, PaperYear } from '../../src/schema/bundle'
import { gzipSizer, measureRoute, measureSearch, type RouteMeasure, type SearchMeasure } from './archive-browser'
import { indexWithPagefind, loadPagefind, pagefindSearch, serveStatic } from './archive-pagefind'
import { generateDatedArchive } from './corpus'
import { STORY_TEXT } from './page-load'

interface Table {
  title: string
  columns: string[]
  rows: string[][]
  notes?: string[]
}

const COMMON = '发展'
const RUNS = Math.max(1, Number(process.env.BENCH_ARCHIVE_RUNS ?? 3) || 1)
const SEARCH_TIMEOUT_MS = Number(process.env.BENCH_ARCHIVE_SEARCH_TIMEOUT ?? 600) * 1000
const TARGET = { firstTextMs: 1000, gzipBeforeText: 200 * 1024, first20Ms: 1000, heap: 200 * 2 ** 20, longTaskMs: 200 }
const END = new Date(Date.UTC(2026, 0, 1))

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const load = () => loadavg()[0]!.toFixed(1)
const mark = (ok: boolean) => (ok ? '✓' : '✗')

/** `vite build` of the app over the archive in a child process (a large archive needs more heap than the bench has). */
function buildApp(root: string, seeds: string, outDir: string, cache: string): Promise<number> {
  const started = performance.now()
  const vite = join(root, 'node_modules/vite/bin/vite.js')
  const child = spawn(process.execPath, ['--max-old-space-size=12288', vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    env: { ...process.env, BANMIAN_SEEDS_DIR: seeds, BANMIAN_CACHE: cache },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve((performance.now() - started) / 1000) : reject(new Error(`vite build exited with ${code}`))))
  })
}

interface Targets {
  paperId: string
  /** A news story of the oldest issue: the deep link, and where the rare query comes from. */
  articleId: string
  rare: string
}

const readJson = <T>(outDir: string, file: string) => JSON.parse(readFileSync(join(outDir, 'data', file), 'utf8')) as T

/** The deep link and the rare query, from the oldest issue: a word and the number after it (numbers vary per page). */
function pickTargets(outDir: string): Targets {
  const index = readJson<LibraryIndex>(outDir, 'index.json')
  const archive = index.archives[0]!
  const year = readJson<PaperYear>(outDir, archive.years.at(-1)!.file)
  const body = readJson<IssueBody>(outDir, year.issues.at(-1)!.body)
  const articles = body.pages.flatMap((p) => p.articles).filter((a) => a.kind === 'news')
  for (const a of articles) {
    const rare = a.paragraphs.join('').match(/[\u4e00-\u9fff]{2}\d{3,}/)?.[0]
    if (rare) return { paperId: archive.paperId, articleId: a.id, rare }
  }
  throw new Error('no rare query in the oldest issue')
}

interface SizeResult {
  years: number
  routes: [string, RouteMeasure, string][]
  searches: [string, SearchMeasure, string][]
  pagefind: string[][]
}

/** Generates the archive and builds the app over it; BENCH_ARCHIVE_DIST reuses a build of one size instead. */
async function buildArchive(root: string, tmp: string, years: number, notes: string[]): Promise<string> {
  if (process.env.BENCH_ARCHIVE_DIST) return process.env.BENCH_ARCHIVE_DIST
  const seeds = join(tmp, `archive-${years}y`)
  const outDir = join(tmp, `archive-${years}y-dist`)
  const cache = join(tmp, `archive-${years}y-cache`)
  const generated = await generateDatedArchive(join(root, 'seeds'), seeds, years * 365, END)
  console.error(`archive: ${years} years, ${generated.files} page files, ${(generated.bytes / 1e6).toFixed(0)} MB; building…`)
  const buildSeconds = await buildApp(root, seeds, outDir, cache)
  await Promise.all([rm(seeds, { recursive: true, force: true }), rm(cache, { recursive: true, force: true })])
  notes.push(`${years} years: ${generated.files.toLocaleString('en')} page files (${(generated.bytes / 1e6).toFixed(0)} MB) generated and built in ${buildSeconds.toFixed(0)} s (cold cache, prerender included; load ${load()}).`)
  return outDir
}

async function measureSize(root: string, tmp: string, years: number, pagefindYears: number[], notes: string[]): Promise<SizeResult> {
  const outDir = await buildArchive(root, tmp, years, notes)
  const targets = pickTargets(outDir)
  const gzipOf = gzipSizer(outDir)
  notes.push(`${years} years: deep link /articles/${targets.articleId} (the oldest issue); rare query “${targets.rare}”.`)

  const server = await preview({ root, build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: true }, logLevel: 'warn' })
  const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '')
  if (!base) throw new Error('vite preview did not report a URL')
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
  const result: SizeResult = { years, routes: [], searches: [], pagefind: [] }
  try {
    const routes: [string, string, string][] = [
      ['home /', '/', STORY_TEXT],
      ['/articles/<id> cold (app text)', `/articles/${targets.articleId}`, STORY_TEXT],
      ['/articles/<id> cold (prerendered HTML text)', `/articles/${targets.articleId}`, 'article p:not(:empty)'],
      ['/papers/<id>', `/papers/${targets.paperId}`, 'main a[href^="/issues/"]'],
      ['/places', '/places', 'main a[href^="/places/"]'],
    ]
    for (const [name, path, selector] of routes) {
      console.error(`archive: ${years} years, ${name}…`)
      result.routes.push([name, await measureRoute(browser, `${base}${path}`, selector, RUNS, gzipOf), load()])
    }
    // BENCH_ARCHIVE_SEARCH=0: routes only (a full count at 30 years takes minutes).
    for (const query of process.env.BENCH_ARCHIVE_SEARCH === '0' ? [] : [COMMON, targets.rare]) {
      console.error(`archive: ${years} years, search “${query}”…`)
      result.searches.push([query, await measureSearch(browser, base, query, SEARCH_TIMEOUT_MS, gzipOf), load()])
    }
    const pagefind = pagefindYears.includes(years) ? await loadPagefind(root) : undefined
    if (typeof pagefind === 'string') notes.push(pagefind)
    else if (pagefind) {
      console.error(`archive: ${years} years, pagefind index…`)
      const stats = await indexWithPagefind(pagefind, join(outDir, 'articles'), outDir)
      const { server: pfServer, base: pfBase } = await serveStatic(outDir)
      try {
        for (const [query, app] of result.searches) {
          const s = await pagefindSearch(browser, pfBase, query)
          result.pagefind.push([
            `${years} years`,
            `${stats.pages.toLocaleString('en')} pages, ${stats.files.toLocaleString('en')} files, ${mib(stats.bytes)} (${stats.seconds.toFixed(0)} s)`,
            query,
            `${s.count.toLocaleString('en')} (exact: ${app.total?.toLocaleString('en') ?? '–'})`,
            sec(s.countMs),
            sec(s.first20Ms),
            `${kb(s.bytes)} in ${s.requests} requests`,
            load(),
          ])
        }
      } finally {
        pfServer.close()
      }
    }
  } finally {
    await browser.close()
    await server.close()
    if (process.env.BENCH_KEEP !== '1' && !process.env.BENCH_ARCHIVE_DIST) await rm(outDir, { recursive: true, force: true })
  }
  return result
}

function routeRows(r: SizeResult): string[][] {
  return r.routes.map(([name, m, avg]) => [
    `${r.years} y`,
    name,
    `${m.firstText.toFixed(0)} (${m.range[0].toFixed(0)}–${m.range[1].toFixed(0)})`,
    `${kb(m.gzip)} (app ${kb(m.byKind.app)}, fonts ${kb(m.byKind.font)}, data ${kb(m.byKind.data)})`,
    kb(m.transfer),
    String(m.requests),
    avg,
  ])
}

function searchRows(r: SizeResult): string[][] {
  return r.searches.map(([query, m, avg]) => [
    `${r.years} y`,
    `“${query}” (${m.total?.toLocaleString('en') ?? '?'})`,
    sec(m.first20),
    m.full === undefined ? `not within ${SEARCH_TIMEOUT_MS / 1000} s` : sec(m.full),
    `${kb(m.gzipBeforeFirst20)} / ${mib(m.gzipAll)}`,
    mib(m.pageHeap),
    mib(m.workerHeap),
    mib(m.sumHeap),
    `${m.longest.toFixed(0)} ms`,
    `${m.over50} / ${m.over200}`,
    avg,
  ])
}

/** The issue's targets, judged on the largest archive measured. */
function targetRows(r: SizeResult): string[][] {
  const routes = r.routes.filter(([name]) => !name.includes('prerendered'))
  const slowest = Math.max(...routes.map(([, m]) => m.firstText))
  const heaviest = Math.max(...routes.map(([, m]) => m.gzip))
  const withoutFonts = Math.max(...routes.map(([, m]) => m.gzip - m.byKind.font))
  const first20 = Math.max(...r.searches.map(([, m]) => m.first20))
  const heap = Math.max(...r.searches.map(([, m]) => m.sumHeap))
  const longest = Math.max(...r.searches.map(([, m]) => m.longest))
  const exact = r.searches.every(([, m]) => m.full !== undefined)
  return [
    ['first text on every route', `≤ ${TARGET.firstTextMs} ms`, `slowest ${slowest.toFixed(0)} ms`, mark(slowest <= TARGET.firstTextMs)],
    ['gzip before first text', `≤ ${kb(TARGET.gzipBeforeText)}`, `largest ${kb(heaviest)} (${kb(withoutFonts)} without the font slices that finished first)`, mark(heaviest <= TARGET.gzipBeforeText)],
    ['first 20 exact results, any query', `≤ ${TARGET.first20Ms} ms`, `slowest ${sec(first20)}`, mark(first20 <= TARGET.first20Ms)],
    ['page + worker heap', `≤ ${mib(TARGET.heap)}`, `peak ${mib(heap)}`, mark(heap <= TARGET.heap)],
    ['main-thread task during a search', `none > ${TARGET.longTaskMs} ms`, `longest ${longest.toFixed(0)} ms`, mark(longest <= TARGET.longTaskMs)],
    ['full count exact and progressive', 'reached', exact ? 'reached (the progress line counts up shard by shard)' : 'not reached in time', mark(exact)],
  ]
}

export const archiveSection = {
  name: 'archive',
  async run(ctx: { root: string; tmp: string }): Promise<Table[]> {
    const years = (list: string) => list.split(',').map(Number).filter((y) => y > 0)
    const sizes = years(process.env.BENCH_ARCHIVE_YEARS ?? '1,10,30')
    // Pagefind's indexing took 7 minutes for one year on the busy 2-core machine: by default only the smallest size.
    const pagefindYears = years(process.env.BENCH_PAGEFIND_YEARS ?? String(sizes[0]))
    const notes: string[] = []
    const results: SizeResult[] = []
    for (const y of sizes) results.push(await measureSize(ctx.root, ctx.tmp, y, pagefindYears, notes))
    const largest = results.at(-1)!
    return [
      {
        title: `archive: first text per route, cold (median of ${RUNS}; ms from navigation start)`,
        columns: ['archive', 'route', 'first text ms (range)', 'gzip before text', 'sent by vite preview', 'requests', 'load avg'],
        rows: results.flatMap(routeRows),
        notes: [
          ...notes,
          'First text = when the route’s first text is in the DOM (MutationObserver): a story paragraph (home, article), an issue link (a paper’s archive), a place link (/places). Gzip before text = gzip -6 of each file fetched by then (vite preview does not compress; fonts in flight not counted).',
        ],
      },
      {
        title: 'archive: search, cold (one run per query; /search opened, then the query typed and Enter)',
        columns: ['archive', 'query (exact total)', 'first 20', 'full count', 'search files gzip before first 20 / in all', 'page heap', 'worker heap', 'page + worker', 'longest task', 'tasks > 50 / > 200 ms', 'load avg'],
        rows: results.flatMap(searchRows),
        notes: [
          'Times from the query’s Enter: first 20 = the result list holds 20 results (or the full count shows, when there are fewer); full count = 共 N 篇 shows. Heaps: peak JS heap used, sampled every 100 ms over CDP (the worker’s through its own target). Long tasks: PerformanceObserver("longtask") on the page between Enter and the full count.',
        ],
      },
      ...(results.some((r) => r.pagefind.length)
        ? [{
            title: 'archive: Pagefind 1.x (extended, zh) over the same prerendered articles, cold, in the same Chromium',
            columns: ['archive', 'index', 'query', 'results (app’s exact count)', 'result list', 'first 20 with their data', 'fetched', 'load avg'],
            rows: results.flatMap((r) => r.pagefind),
            notes: ['Pagefind’s files are compressed on disk, so bytes fetched are what it sends. Times from importing pagefind.js (its wasm and metadata included), from a blank page.'],
          }]
        : []),
      { title: `archive: the issue’s targets at ${largest.years} years`, columns: ['target', 'goal', 'measured', 'met'], rows: targetRows(largest) },
    ]
  },
}
