// Size budgets, checked on the built app every time the tests run (README: "Budgets").
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { Catalog } from '@/schema/bundle'

const DIST = 'dist'
/** Initial JS: what index.html loads before any route chunk, gzip. */
const INITIAL_JS_BUDGET = 150 * 1024
/** catalog.json (uncompressed) per 1,000 articles: it loads first, so it must stay a table of contents. */
const CATALOG_BUDGET_PER_1000 = 300 * 1024

/** The module entry and its modulepreloads: the JS a first visit downloads before the router picks a route. */
function initialScripts(html: string): string[] {
  const entry = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => m[1] as string)
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1] as string)
  return [...entry, ...preloads]
}

describe('budgets', () => {
  it(`keeps the initial JS within ${INITIAL_JS_BUDGET / 1024} KB gzip`, () => {
    const scripts = initialScripts(readFileSync(join(DIST, 'index.html'), 'utf8'))
    expect(scripts.length).toBeGreaterThan(0)
    const bytes = scripts.reduce((n, src) => n + gzipSync(readFileSync(join(DIST, src))).length, 0)
    expect(bytes).toBeLessThanOrEqual(INITIAL_JS_BUDGET)
  })

  it(`keeps catalog.json within ${CATALOG_BUDGET_PER_1000 / 1024} KB per 1,000 articles`, () => {
    const text = readFileSync(join(DIST, 'data/catalog.json'), 'utf8')
    const catalog = Catalog.parse(JSON.parse(text))
    const articles = catalog.issues.reduce((n, i) => n + i.pages.reduce((m, p) => m + p.articles.length, 0), 0)
    expect(articles).toBeGreaterThan(0)
    expect((Buffer.byteLength(text) / articles) * 1000).toBeLessThanOrEqual(CATALOG_BUDGET_PER_1000)
  })
})
