// What the archive bench measures in Chromium: a route's first text (and the gzip bytes of what it fetched before it),
// and a search (first 20 results, the full count, page and worker heap, the main thread's long tasks).
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser, CDPSession } from 'playwright-core'
import { visit, type Visit } from './page-load'

/** The gzip size of what `url` is served from the build: a file, its prerendered `.html`, or the SPA's index.html. */
export function gzipSizer(outDir: string): (url: string) => number {
  const cache = new Map<string, number>()
  return (url) => {
    const path = decodeURIComponent(new URL(url).pathname)
    const candidates = [path, `${path}.html`, join(path, 'index.html'), '/index.html'].map((p) => join(outDir, p))
    const file = candidates.find((f) => existsSync(f) && statSync(f).isFile())!
    if (!cache.has(file)) cache.set(file, gzipSync(readFileSync(file)).length)
    return cache.get(file)!
  }
}

export interface RouteMeasure {
  /** Median ms from navigation start to the route's first text in the DOM, and the range of the runs. */
  firstText: number
  range: [number, number]
  /** Bytes before first text: gzip of the files fetched (median), and what vite preview sent (uncompressed). */
  gzip: number
  transfer: number
  requests: number
  /** gzip before text by kind (median of each): the app's HTML, JS and CSS; font slices; bundle data (data/…). */
  byKind: Record<'app' | 'font' | 'data', number>
}

const kindOf = (url: string) => (url.endsWith('.woff2') ? 'font' : new URL(url).pathname.startsWith('/data/') ? 'data' : 'app')

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/** `runs` cold visits (fresh contexts) until `selector` is in the DOM. */
export async function measureRoute(browser: Browser, url: string, selector: string, runs: number, gzipOf: (url: string) => number): Promise<RouteMeasure> {
  const visits: Visit[] = []
  for (let i = 0; i < runs; i++) visits.push(await visit(browser, url, false, selector))
  const times = visits.map((v) => v.firstText)
  const gzipIn = (kind?: string) => median(visits.map((v) => v.resources.filter((r) => !kind || kindOf(r.url) === kind).reduce((n, r) => n + gzipOf(r.url), 0)))
  return {
    firstText: median(times),
    range: [Math.min(...times), Math.max(...times)],
    gzip: gzipIn(),
    transfer: median(visits.map((v) => v.bytesBeforeText)),
    requests: median(visits.map((v) => v.requestsBeforeText)),
    byKind: { app: gzipIn('app'), font: gzipIn('font'), data: gzipIn('data') },
  }
}

/** Peak JS heap (used) of the page and of the search worker, sampled over CDP (the worker through Target.sendMessageToTarget). */
class HeapSampler {
  page = 0
  worker = 0
  sum = 0
  private session?: string
  private id = 0
  private readonly pending = new Map<number, (usedSize: number) => void>()
  private timer?: NodeJS.Timeout
  private busy = false

  constructor(private readonly cdp: CDPSession) {
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const message = JSON.parse(e.message) as { id?: number; result?: { usedSize: number } }
      if (message.id !== undefined) this.pending.get(message.id)?.(message.result?.usedSize ?? 0)
      this.pending.delete(message.id ?? -1)
    })
    cdp.on('Target.detachedFromTarget', (e) => {
      if (e.sessionId === this.session) this.session = undefined
    })
  }

  start(everyMs = 100): void {
    this.timer = setInterval(() => void this.sample(), everyMs)
  }

  async stop(): Promise<void> {
    clearInterval(this.timer)
    while (this.busy) await new Promise((resolve) => setTimeout(resolve, 20))
    await this.sample()
  }

  private async workerHeap(): Promise<number> {
    if (!this.session) {
      const { targetInfos } = await this.cdp.send('Target.getTargets')
      const target = targetInfos.find((t) => t.type === 'worker' && t.url.includes('search'))
      if (!target) return 0
      this.session = (await this.cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })).sessionId
    }
    const id = ++this.id
    const answer = new Promise<number>((resolve) => {
      this.pending.set(id, resolve)
      setTimeout(() => resolve(0), 5000)
    })
    await this.cdp.send('Target.sendMessageToTarget', { sessionId: this.session, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) })
    return answer
  }

  private async sample(): Promise<void> {
    if (this.busy) return
    this.busy = true
    try {
      const [page, worker] = await Promise.all([this.cdp.send('Runtime.getHeapUsage').then((r) => r.usedSize), this.workerHeap()])
      this.page = Math.max(this.page, page)
      this.worker = Math.max(this.worker, worker)
      this.sum = Math.max(this.sum, page + worker)
    } catch {
      // The page closed or the worker went between two samples.
    } finally {
      this.busy = false
    }
  }
}

// Before any script: long tasks into window.__longTasks; once window.__t0 is set (the query typed), when the result
// list first holds 20 results or the full count is shown (__first20), and when the full count is shown (__full).
const WATCH_SEARCH = `
  window.__longTasks = []
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration])
  }).observe({ type: 'longtask', buffered: true })
  new MutationObserver(() => {
    if (window.__t0 === undefined) return
    const total = document.querySelector('[data-testid="search-total"]')
    if (window.__first20 === undefined && (total || document.querySelectorAll('ol[aria-label="检索结果"] > li').length >= 20)) window.__first20 = performance.now()
    if (window.__full === undefined && total) {
      window.__full = performance.now()
      window.__total = Number(total.textContent)
    }
  }).observe(document, { childList: true, subtree: true, characterData: true })
`

export interface SearchMeasure {
  first20: number
  /** undefined when the full count did not come within the timeout. */
  full?: number
  total?: number
  /** Search files (data/search/…) fetched since /search opened: before the first 20, and in all (gzip). */
  gzipBeforeFirst20: number
  gzipAll: number
  pageHeap: number
  workerHeap: number
  sumHeap: number
  longest: number
  over50: number
  over200: number
}

interface SearchTimes {
  t0: number
  first20?: number
  full?: number
  total?: number
  longTasks: [number, number][]
}

/** Opens /search cold, types `query` and presses Enter; waits for the full count (at most `timeoutMs`). */
export async function measureSearch(browser: Browser, base: string, query: string, timeoutMs: number, gzipOf: (url: string) => number): Promise<SearchMeasure> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
  const page = await context.newPage()
  const fetched: { url: string; at: number }[] = []
  // Dedicated workers' requests are reported on the context too.
  context.on('requestfinished', (r) => {
    if (r.url().includes('/data/search/')) fetched.push({ url: r.url(), at: Date.now() })
  })
  await page.addInitScript(WATCH_SEARCH)
  await page.goto(`${base}/search`)
  const input = page.locator('#search-q')
  await input.waitFor()
  const heap = new HeapSampler(await context.newCDPSession(page))
  heap.start()
  const started = Date.now()
  await page.evaluate(() => ((window as { __t0?: number }).__t0 = performance.now()))
  await input.fill(query)
  await input.press('Enter')
  const times = () => page.evaluate(() => {
    const w = window as unknown as { __t0: number; __first20?: number; __full?: number; __total?: number; __longTasks: [number, number][] }
    return { t0: w.__t0, first20: w.__first20, full: w.__full, total: w.__total, longTasks: w.__longTasks } satisfies SearchTimes
  })
  await page.waitForFunction(() => (window as { __first20?: number }).__first20 !== undefined, null, { timeout: timeoutMs, polling: 200 })
  const first20At = Date.now()
  await page.waitForFunction(() => (window as { __full?: number }).__full !== undefined, null, { timeout: Math.max(1000, timeoutMs - (first20At - started)), polling: 500 }).catch(() => undefined)
  await heap.stop()
  const t = await times()
  await context.close()
  const end = t.full ?? Number.POSITIVE_INFINITY
  const during = t.longTasks.filter(([start]) => start >= t.t0 && start <= end).map(([, duration]) => duration)
  const gzipOf_ = (list: typeof fetched) => list.reduce((n, f) => n + gzipOf(f.url), 0)
  return {
    first20: t.first20! - t.t0,
    full: t.full === undefined ? undefined : t.full - t.t0,
    total: t.total,
    gzipBeforeFirst20: gzipOf_(fetched.filter((f) => f.at <= first20At)),
    gzipAll: gzipOf_(fetched),
    pageHeap: heap.page,
    workerHeap: heap.worker,
    sumHeap: heap.sum,
    longest: Math.max(0, ...during),
    over50: during.length,
    over200: during.filter((d) => d > 200).length,
  }
}
