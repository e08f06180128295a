// Pagefind on the archive bench's corpus, for comparison with the app's FlexSearch shards: the build's prerendered
// article HTML (each <article>, forced to Chinese) indexed by Pagefind's extended binary, then searched cold in the
// same Chromium from a blank page on its own static server. Pagefind is not a dependency: the bench imports it when
// installed (`npm install --no-save pagefind`, or PAGEFIND_MODULE=<path to pagefind/lib/index.js>) and says so otherwise.
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'

interface PagefindApi {
  createIndex(config: { rootSelector?: string; forceLanguage?: string }): Promise<{ errors: string[]; index?: PagefindIndex }>
  close(): Promise<unknown>
}
interface PagefindIndex {
  addDirectory(dir: { path: string; glob?: string }): Promise<{ errors: string[]; page_count: number }>
  writeFiles(options: { outputPath: string }): Promise<{ errors: string[] }>
}

/** The Pagefind Node API, or why it cannot be loaded. */
export async function loadPagefind(root: string): Promise<PagefindApi | string> {
  const candidates = [process.env.PAGEFIND_MODULE, 'pagefind', join(root, '.bench-tools/node_modules/pagefind/lib/index.js')].filter((c): c is string => !!c)
  for (const c of candidates) {
    try {
      return (await import(c.startsWith('/') ? pathToFileURL(c).href : c)) as PagefindApi
    } catch {
      // Not installed there.
    }
  }
  return `pagefind is not installed (tried ${candidates.join(', ')}); \`npm install --no-save pagefind\` adds it`
}

export interface PagefindIndexStats {
  pages: number
  files: number
  bytes: number
  seconds: number
}

function sizeOf(dir: string): { files: number; bytes: number } {
  let files = 0
  let bytes = 0
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const s = statSync(join(dir, f))
    if (s.isFile()) [files, bytes] = [files + 1, bytes + s.size]
  }
  return { files, bytes }
}

/** Indexes `articlesDir` (the build's prerendered articles) into `outDir/pagefind`. */
export async function indexWithPagefind(pagefind: PagefindApi, articlesDir: string, outDir: string): Promise<PagefindIndexStats> {
  const started = performance.now()
  const { errors, index } = await pagefind.createIndex({ rootSelector: 'article', forceLanguage: 'zh' })
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`)
  const added = await index.addDirectory({ path: articlesDir })
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`)
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') })
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`)
  await pagefind.close()
  return { pages: added.page_count, ...sizeOf(join(outDir, 'pagefind')), seconds: (performance.now() - started) / 1000 }
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.html': 'text/html; charset=utf-8', '.wasm': 'application/wasm' }

/** A plain static server for `dir` (Pagefind's files are gzip inside already), with a blank page at /. */
export function serveStatic(dir: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, '')
    if (path === '/') return res.end('<!doctype html><meta charset="utf-8"><title>pagefind</title>')
    const file = join(dir, path)
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.statusCode = 404
      return res.end()
    }
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream')
    createReadStream(file).pipe(res)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address()
    resolve({ server, base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` })
  }))
}

export interface PagefindSearch {
  count: number
  /** ms from importing pagefind.js to the result list (the full count), and to the first 20 results' fragments. */
  countMs: number
  first20Ms: number
  bytes: number
  requests: number
}

/** A cold search in a fresh context: import pagefind.js, search, load the first 20 results' data. */
export async function pagefindSearch(browser: Browser, base: string, query: string): Promise<PagefindSearch> {
  const context = await browser.newContext({ locale: 'zh-CN' })
  const page = await context.newPage()
  await page.goto(base)
  // Counted on the context, so a request from a worker counts too.
  let [bytes, requests] = [0, 0]
  context.on('requestfinished', (r) => {
    if (!r.url().includes('/pagefind/')) return
    requests++
    void r.sizes().then((s) => (bytes += s.responseBodySize + s.responseHeadersSize))
  })
  const result = await page.evaluate(async (q) => {
    const t0 = performance.now()
    const pagefind = (await import(`${location.origin}/pagefind/pagefind.js`)) as {
      init(): Promise<void>
      search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>
    }
    await pagefind.init()
    const found = await pagefind.search(q)
    const counted = performance.now()
    await Promise.all(found.results.slice(0, 20).map((r) => r.data()))
    return { count: found.results.length, countMs: counted - t0, first20Ms: performance.now() - t0 }
  }, query)
  await page.waitForTimeout(200)
  await context.close()
  return { ...result, bytes, requests }
}
