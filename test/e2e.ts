// Shared pieces of the browser tests: the Chromium and preview server from
// browser-setup.ts, pages at a viewport, the fixture bundle, and axe.
import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { expect, inject } from 'vitest'
import { fixtureFiles } from './fixture-files'

export const baseURL = inject('baseURL')
export const SHOTS = 'test-results'
export const DESKTOP = { width: 1280, height: 900 }
export const PHONE = { width: 390, height: 844 }

export async function connect(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true })
  return chromium.connect(inject('wsEndpoint'))
}

/**
 * Service workers are blocked unless a test asks for them: a worker that controls the page would answer
 * data requests itself, past the routes some tests use to serve the fixture bundle.
 */
export async function newContext(browser: Browser, viewport = DESKTOP, { serviceWorkers = false } = {}): Promise<BrowserContext> {
  return browser.newContext({ viewport, locale: 'zh-CN', baseURL, serviceWorkers: serviceWorkers ? 'allow' : 'block' })
}

/**
 * A new page at `path`, once the app is up: a prerendered article or page shows its text (and its h1) before the app
 * has booted, and keys pressed then reach no handler. The site's header (banner) is the app's own.
 */
export async function open(browser: Browser, path: string, viewport = DESKTOP): Promise<Page> {
  const page = await (await newContext(browser, viewport)).newPage()
  await page.goto(path)
  await page.getByRole('banner').first().waitFor()
  return page
}

/**
 * Once the web font applies (public/theme-init.js turns its stylesheet on after the first paint) and the slices the page's
 * text needs have loaded: for screenshots and checks of the text as set in the web font.
 */
export async function fontsLoaded(page: Page): Promise<void> {
  await page.locator('html[data-fonts="on"]').waitFor({ state: 'attached' })
  await page.evaluate(() => document.fonts.ready)
}

/** Serves the hand-made fixture bundle (several issues of one paper, a two-page issue), or `files`, instead of the built one. */
export async function serveFixtureBundle(context: BrowserContext, files: ReadonlyMap<string, string> = fixtureFiles()): Promise<void> {
  await context.route(/\/data\/.+\.json$/, (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/data\//, '')
    const body = files.get(path)
    return body === undefined ? route.fulfill({ status: 404, body: 'not found' }) : route.fulfill({ contentType: 'application/json', body })
  })
}

/** Nothing may stick out sideways (a phone would scroll horizontally). */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }))
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth)
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/** Runs axe-core in the page and returns its serious and critical violations, one readable line each. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a <script>: the app's Content-Security-Policy refuses inline scripts.
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: unknown[] }> } }).axe
    return (await axe.run(document)).violations
  })
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`)
}
