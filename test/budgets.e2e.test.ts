// Size budgets, checked on the built app every time the tests run (README: "Budgets").
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { LibraryIndex } from '@/schema/bundle'

const DIST = 'dist'
/** Initial JS: what index.html loads before any route chunk, gzip. */
const INITIAL_JS_BUDGET = 150 * 1024
/** index.json (uncompressed): every route loads it first, so it must not grow with the archive (28 KB at 30 years). */
const INDEX_BUDGET = 64 * 1024

/**
 * The module entry and its modulepreloads: the JS a first visit downloads before the router picks a route (in a
 * prerendered page held inert until its text has painted: data-after-paint).
 */
function initialScripts(html: string): string[] {
  const entry = [...html.matchAll(/<script[^>]+(?:type="module"[^>]+src|data-after-paint="module"[^>]+data-src)="([^"]+)"/g)].map((m) => m[1] as string)
  const preloads = [...html.matchAll(/<link[^>]+(?:rel|data-after-paint)="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1] as string)
  return [...entry, ...preloads]
}

describe('budgets', () => {
  it(`keeps the initial JS within ${INITIAL_JS_BUDGET / 1024} KB gzip`, () => {
    const scripts = initialScripts(readFileSync(join(DIST, 'index.html'), 'utf8'))
    // The prerendered home page holds the same scripts as the app's shell.
    expect(scripts.sort()).toEqual(initialScripts(readFileSync(join(DIST, 'app.html'), 'utf8')).sort())
    expect(scripts.length).toBeGreaterThan(1)
    const bytes = scripts.reduce((n, src) => n + gzipSync(readFileSync(join(DIST, src))).length, 0)
    expect(bytes).toBeLessThanOrEqual(INITIAL_JS_BUDGET)
  })

  it(`keeps index.json, which every route loads first, within ${INDEX_BUDGET / 1024} KB`, () => {
    const text = readFileSync(join(DIST, 'data/index.json'), 'utf8')
    const index = LibraryIndex.parse(JSON.parse(text))
    expect(index.papers.length).toBeGreaterThan(0)
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(INDEX_BUDGET)
  })
})
