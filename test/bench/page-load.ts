// Bench section "page-load": what a first visit costs. Builds the app into a
// temp dir, serves it with `vite preview`, and opens it cold in headless
// Chromium (playwright-core, CHROMIUM_PATH or /usr/bin/chromium): initial JS
// gzip, first contentful paint, time to the first article text and the bytes
// transferred before it, on localhost and on a throttled "slow 4G" link.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser } from 'playwright-core'
import { build, preview } from 'vite'

interface Table {
  title: string
  columns: string[]
  rows: string[][]
  notes?: string[]
}

const RUNS = 5
const BUDGET_JS_GZIP = 150 * 1024
const BUDGET_FIRST_TEXT_MS = 1000
// Chrome DevTools' "Slow 4G" preset.
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 }

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/** The JS and CSS index.html loads before the app can render: entry scripts and modulepreloads. */
export function eagerAssets(html: string): { js: string[]; css: string[] } {
  const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1]
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? []
  const js = tags.filter((t) => /<script\b[^>]*type="module"/.test(t) || /rel="modulepreload"/.test(t)).map((t) => attr(t, 'src') ?? attr(t, 'href'))
  const css = tags.filter((t) => /rel="stylesheet"/.test(t)).map((t) => attr(t, 'href'))
  return { js: js.filter((s): s is string => !!s), css: css.filter((s): s is string => !!s) }
}

export interface Visit {
  fcp: number
  /** When a story paragraph with text entered the DOM. */
  firstText: number
  /** When it was first painted: the first paint at or after firstText (text in the DOM before FCP shows at FCP). */
  textVisible: number
  bytesBeforeText: number
  requestsBeforeText: number
  /** The document and every resource finished by firstText, with their transfer sizes. */
  resources: { url: string; transferSize: number }[]
}

/** A story paragraph with text: the first text of home and an article. */
export const STORY_TEXT = '[data-kind] p:not(:empty)'

// Runs in the page before any script: notes when the first element matching the selector (by default an article
// paragraph with text) is in the DOM.
const watchFirstText = (selector: string) => `
  new MutationObserver((_, observer) => {
    if (document.querySelector(${JSON.stringify(selector)})) {
      window.__firstText = performance.now()
      observer.disconnect()
    }
  }).observe(document, { childList: true, subtree: true })
`

/** A cold visit (fresh context) until `selector` is in the DOM. */
export async function visit(browser: Browser, url: string, throttle: boolean, selector = STORY_TEXT): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
  const page = await context.newPage()
  if (throttle) {
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G)
  }
  await page.addInitScript(watchFirstText(selector))
  await page.goto(url)
  await page.waitForFunction(() => (window as { __firstText?: number }).__firstText !== undefined, null, { timeout: 60_000 })
  // Paint entries land a frame after the paint.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0)
  const result = await page.evaluate(() => {
    const firstText = (window as unknown as { __firstText: number }).__firstText
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]!.startTime
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
    const done = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.responseEnd <= firstText)
    return {
      fcp,
      firstText,
      textVisible: Math.max(firstText, fcp),
      bytesBeforeText: nav.transferSize + done.reduce((n, r) => n + r.transferSize, 0),
      requestsBeforeText: done.length + 1,
      resources: [nav, ...done].map((r) => ({ url: r.name, transferSize: r.transferSize })),
    }
  })
  await context.close()
  return result
}

export const pageLoadSection = {
  name: 'page-load',
  async run(ctx: { root: string; tmp: string }): Promise<Table[]> {
    const outDir = join(ctx.tmp, 'page-load-dist')
    await build({ root: ctx.root, logLevel: 'warn', build: { outDir, emptyOutDir: true } })

    const html = readFileSync(join(outDir, 'index.html'), 'utf8')
    const eager = eagerAssets(html)
    const gz = (path: string) => gzipSync(readFileSync(join(outDir, path))).length
    const jsGzip = eager.js.reduce((n, path) => n + gz(path), 0)
    const cssGzip = eager.css.reduce((n, path) => n + gz(path), 0)
    const assetTable: Table = {
      title: 'page load: what index.html loads eagerly',
      columns: ['asset', 'files', 'gzip', 'budget'],
      rows: [
        ['JavaScript (entry + modulepreload)', String(eager.js.length), kb(jsGzip), `${kb(BUDGET_JS_GZIP)} ${jsGzip <= BUDGET_JS_GZIP ? '✓' : '✗ over'}`],
        ['CSS', String(eager.css.length), kb(cssGzip), ''],
      ],
      notes: [`JS files: ${eager.js.map((f) => `${f.replace(/^\/assets\//, '')} (${kb(gz(f))})`).join(', ')}.`],
    }

    const server = await preview({ root: ctx.root, build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: true }, logLevel: 'warn' })
    const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '')
    if (!base) throw new Error('vite preview did not report a URL')
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
    const rows: string[][] = []
    try {
      const catalog = JSON.parse(readFileSync(join(outDir, 'data/catalog.json'), 'utf8')) as { issues: { pages: { articles: { id: string; kind: string }[] }[] }[] }
      const article = catalog.issues[0]?.pages[0]?.articles.find((a) => a.kind === 'news')
      const routes: [string, string][] = [['home /', '/'], ...(article ? ([['article (cold deep link)', `/articles/${article.id}`]] as [string, string][]) : [])]
      for (const throttle of [false, true]) {
        for (const [name, path] of routes) {
          const visits: Visit[] = []
          for (let i = 0; i < RUNS; i++) visits.push(await visit(browser, `${base}${path}`, throttle))
          const visible = median(visits.map((v) => v.textVisible))
          rows.push([
            name,
            throttle ? 'slow 4G' : 'localhost',
            median(visits.map((v) => v.fcp)).toFixed(0),
            median(visits.map((v) => v.firstText)).toFixed(0),
            visible.toFixed(0),
            throttle ? '' : visible <= BUDGET_FIRST_TEXT_MS ? '✓' : '✗ over',
            kb(median(visits.map((v) => v.bytesBeforeText))),
            String(median(visits.map((v) => v.requestsBeforeText))),
          ])
        }
      }
    } finally {
      await browser.close()
      await server.close()
    }
    const visitTable: Table = {
      title: `page load: cold visits in headless Chromium (median of ${RUNS})`,
      columns: ['route', 'network', 'FCP ms', 'text in DOM ms', 'text visible ms', `≤ ${BUDGET_FIRST_TEXT_MS} ms`, 'bytes before text', 'requests before text'],
      rows,
      notes: [
        'Each visit is a fresh browser context (empty cache). FCP from performance.getEntriesByType("paint"); text in DOM is when a story paragraph with text enters the DOM (MutationObserver); text visible = max(text in DOM, FCP).',
        'Bytes before text = transferSize of the document and every resource finished by then (headers included); fonts still loading are not counted.',
        'slow 4G = DevTools preset: 150 ms RTT, 1.6 Mbit/s down.',
      ],
    }
    return [assetTable, visitTable]
  },
}
