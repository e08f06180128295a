// Bench section "lighthouse": Lighthouse's mobile audit (simulated slow 4G, 4× CPU) of
// home, a page (版), an article and a search URL, against `vite preview` of the built
// app, in Debian's Chromium. Scores are reported here, never asserted in tests; each
// view's final screenshot goes to test-results/. BENCH_DIST=dist audits an existing
// build instead of building one (e.g. to compare two commits' builds).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'

type LighthouseResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']
import { build, preview } from 'vite'

interface Table {
  title: string
  columns: string[]
  rows: string[][]
  notes?: string[]
}

const SHOTS = 'test-results'
/** Audits per view (BENCH_LIGHTHOUSE_RUNS, default 3): a single run's score moves by 10 points from one run to the next. */
const RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3))
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

/** The first prerendered file under `dir` (articles/… or issues/…/pages/…), as its URL path. */
function firstPrerendered(outDir: string, dir: string): string | undefined {
  if (!existsSync(join(outDir, dir))) return undefined
  const file = readdirSync(join(outDir, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort()[0]
  return file && `/${dir}/${file.replace(/\\/g, '/').replace(/\.html$/, '')}`
}

/** The views to audit, found in the build's own prerendered files (so no bundle layout is assumed). */
function views(outDir: string): [string, string][] {
  let page = firstPrerendered(outDir, 'issues')
  let article = firstPrerendered(outDir, 'articles')
  let headline = article ? /<h1[^>]*>([^<]+)<\/h1>/.exec(readFileSync(join(outDir, `${article}.html`), 'utf8'))?.[1] : undefined
  // Where the bundle has a catalog.json, the newest issue's front page and its first news story (the same views in a build
  // from before the prerendered files, to compare with).
  const catalogFile = join(outDir, 'data/catalog.json')
  if (existsSync(catalogFile)) {
    const catalog = JSON.parse(readFileSync(catalogFile, 'utf8')) as { issues: { id: string; pages: { number?: number; articles: { id: string; kind: string; title: string }[] }[] }[] }
    const issue = catalog.issues[0]
    const found = issue?.pages[0]?.articles.find((a) => a.kind === 'news' && a.title)
    if (issue) page = `/issues/${issue.id}/pages/${issue.pages[0]?.number ?? 1}`
    if (found) [article, headline] = [`/articles/${found.id}`, found.title]
  }
  const term = headline ? [...headline].slice(0, 2).join('') : '新闻'
  return [
    ['home', '/'],
    ...(page ? ([['page', page]] as [string, string][]) : []),
    ...(article ? ([['article', article]] as [string, string][]) : []),
    ['search', `/search?q=${encodeURIComponent(term)}`],
  ]
}

/** A port the OS says is free now, so the build can name its own origin (canonical links are absolute) before the server starts. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (address && typeof address === 'object' ? done(address.port) : fail(new Error('no port'))))
    })
  })
}

/**
 * A fontconfig file that adds a CJK font to the machine's own, as every phone has one (Noto on Android, PingFang on iOS):
 * this machine has none, so text shown before the web font arrives would be drawn as boxes of other widths, and the
 * browser would count the app's later text, in the web font, as a new and larger paint. The font is Noto Serif SC from
 * the subset's own source package (its regular and bold faces). FONTCONFIG_FILE in the environment is used instead when set.
 */
function phoneFonts(tmp: string): string {
  if (process.env.FONTCONFIG_FILE) return process.env.FONTCONFIG_FILE
  const pkg = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-serif-sc/package.json'))
  const file = join(tmp, 'phone-fonts.conf')
  writeFileSync(
    file,
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      '<fontconfig>',
      '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
      `  <dir>${join(pkg, '400Regular')}</dir>`,
      `  <dir>${join(pkg, '700Bold')}</dir>`,
      `  <cachedir>${join(tmp, 'fontconfig-cache')}</cachedir>`,
      '</fontconfig>',
      '',
    ].join('\n'),
  )
  return file
}

const ms = (value: number | undefined) => (value === undefined ? '–' : `${(value / 1000).toFixed(2)} s`)

export const lighthouseSection = {
  name: 'lighthouse',
  async run(ctx: { root: string; tmp: string }): Promise<Table[]> {
    const outDir = process.env.BENCH_DIST ? resolve(ctx.root, process.env.BENCH_DIST) : join(ctx.tmp, 'lighthouse-dist')
    const port = await freePort()
    if (!process.env.BENCH_DIST) {
      process.env.BANMIAN_SITE_URL = `http://127.0.0.1:${port}`
      await build({ root: ctx.root, logLevel: 'warn', build: { outDir, emptyOutDir: true } })
    }
    const server = await preview({ root: ctx.root, build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true }, logLevel: 'warn' })
    const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '')
    if (!base) throw new Error('vite preview did not report a URL')
    const chrome = await launch({
      chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      envVars: { ...process.env, FONTCONFIG_FILE: phoneFonts(ctx.tmp) },
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    })
    mkdirSync(SHOTS, { recursive: true })
    const rows: string[][] = []
    try {
      for (const [name, path] of views(outDir)) {
        // The default config is Lighthouse's mobile audit: a Moto G Power-sized screen, simulated slow 4G and 4× CPU slowdown.
        // Each view is audited RUNS times; the run with the median performance score is reported, with the range.
        const results: LighthouseResult[] = []
        for (let run = 0; run < RUNS; run++) {
          const result = await lighthouse(`${base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] })
          if (!result) throw new Error(`lighthouse gave no result for ${path}`)
          results.push(result.lhr)
        }
        const performance = (lhr: (typeof results)[number]) => lhr.categories.performance?.score ?? 0
        results.sort((a, b) => performance(a) - performance(b))
        const lhr = results[Math.floor(results.length / 2)]!
        const { categories, audits } = lhr
        const score = (id: (typeof CATEGORIES)[number]) => {
          const s = categories[id]?.score
          return s === null || s === undefined ? '–' : String(Math.round(s * 100))
        }
        const shot = (audits['final-screenshot']?.details as { data?: string } | undefined)?.data
        if (shot) writeFileSync(join(SHOTS, `lighthouse-${name}.jpg`), Buffer.from(shot.replace(/^data:image\/\w+;base64,/, ''), 'base64'))
        // The whole report, for the audits behind a score (render-blocking requests, the LCP element, the network chain).
        writeFileSync(join(SHOTS, `lighthouse-${name}.json`), JSON.stringify(lhr))
        const range = results.length > 1 ? ` (${Math.round(performance(results[0]!) * 100)}–${Math.round(performance(results.at(-1)!) * 100)})` : ''
        rows.push([
          name,
          path.length > 48 ? `${path.slice(0, 47)}…` : path,
          `${score('performance')}${range}`,
          ms(audits['largest-contentful-paint']?.numericValue),
          ms(audits['first-contentful-paint']?.numericValue),
          String(Math.round(audits['total-blocking-time']?.numericValue ?? 0)),
          (audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3),
          score('accessibility'),
          score('best-practices'),
          score('seo'),
        ])
        const failing = Object.values(audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary').map((a) => a.id)
        if (failing.length) console.error(`lighthouse ${name}: failing ${failing.join(', ')}`)
      }
    } finally {
      chrome.kill()
      await server.close()
    }
    return [
      {
        title: `Lighthouse, mobile (simulated slow 4G, 4× CPU), the median of ${RUNS} runs per view`,
        columns: ['view', 'URL', 'performance', 'LCP', 'FCP', 'TBT ms', 'CLS', 'accessibility', 'best practices', 'SEO'],
        rows,
        notes: [
          `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version} in ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}, headless, with a CJK system font as a phone has (Noto Serif SC through fontconfig; this machine has none); screenshots and whole reports in ${SHOTS}/lighthouse-<view>.jpg / .json. Scores vary with the machine's load: read them as a range, not a figure.`,
        ],
      },
    ]
  },
}
