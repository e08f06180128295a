// Smoke test of the built app in Chromium: the home page lists what the bundle
// holds, an article opens by deep link, an unknown article gets the 404, and
// the subset Chinese font actually renders.
import { mkdirSync } from 'node:fs'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { Catalog } from '@/schema/bundle'
import { issueDateLabel } from '@/lib/format'

const baseURL = inject('baseURL')
const SHOTS = 'test-results'
let browser: Browser
let catalog: Catalog

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  browser = await chromium.connect(inject('wsEndpoint'))
  // Expectations come from the bundle the app was built with, not from hard-coded sample text.
  catalog = Catalog.parse(await (await fetch(`${baseURL}/data/catalog.json`)).json())
})

afterAll(async () => {
  await browser?.close()
})

async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport, locale: 'zh-CN' })
  await page.goto(`${baseURL}${path}`)
  return page
}

/** True once the Banmian font has loaded and covers the given text (no fallback, so no tofu). */
async function fontRenders(page: Page, text: string): Promise<boolean> {
  // The fonts' stylesheet applies after the first paint (public/theme-init.js).
  await page.locator('html[data-fonts="on"]').waitFor({ state: 'attached' })
  return page.evaluate(async (sample) => {
    await document.fonts.ready
    const loaded = [...document.fonts].some((f) => f.family.includes('Banmian Serif') && f.status === 'loaded')
    return loaded && document.fonts.check(`16px "Banmian Serif"`, sample)
  }, text)
}

function firstHeadline(): string {
  const front = catalog.issues[0]!.pages[0]!
  const article = front.articles.find((a) => a.kind !== 'masthead' && a.title)
  if (!article) throw new Error('the newest front page has no headline to look for')
  return article.title
}

describe('the built app', () => {
  it('shows the newest front page and every paper and issue on the home page', async () => {
    expect(catalog.issues.length).toBeGreaterThan(0)
    const page = await open('/')
    await page.getByRole('heading', { name: firstHeadline(), exact: true }).first().waitFor()
    const list = page.locator('section[aria-labelledby=issue-list-title]')
    for (const paper of catalog.papers) {
      await list.getByRole('heading', { name: paper.name }).first().waitFor()
    }
    for (const issue of catalog.issues) {
      await list.getByRole('link', { name: issueDateLabel(issue) }).first().waitFor()
    }
    expect(await fontRenders(page, firstHeadline())).toBe(true)
    await page.screenshot({ path: `${SHOTS}/home-desktop.png`, fullPage: true })

    const phone = await open('/', { width: 390, height: 844 })
    await phone.getByRole('heading', { name: firstHeadline(), exact: true }).first().waitFor()
    expect(await fontRenders(phone, firstHeadline())).toBe(true)
    // Single column on a phone: nothing may overflow sideways.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await phone.screenshot({ path: `${SHOTS}/home-phone.png`, fullPage: true })
  })

  it('opens an article by deep link', async () => {
    const article = catalog.issues.flatMap((i) => i.pages.flatMap((p) => p.articles)).find((a) => a.kind === 'news' && a.title)
    expect(article).toBeDefined()
    const page = await open(`/articles/${article!.id}`)
    const heading = page.getByRole('heading', { level: 1 })
    await heading.waitFor()
    expect(await heading.textContent()).toBe(article!.title)
    expect(await page.title()).toContain(article!.title)
    await page.screenshot({ path: `${SHOTS}/article-desktop.png`, fullPage: true })
    const phone = await open(`/articles/${article!.id}`, { width: 390, height: 844 })
    await phone.getByRole('heading', { level: 1 }).waitFor()
    await phone.screenshot({ path: `${SHOTS}/article-phone.png`, fullPage: true })
  })

  it('navigates from the front page to an article and back to its page', async () => {
    const page = await open('/')
    const headline = firstHeadline()
    await page.getByRole('navigation', { name: '标题导航' }).getByRole('link', { name: headline }).click()
    await page.waitForURL(/\/articles\//)
    await page.getByRole('heading', { level: 1, name: headline, exact: true }).waitFor()
    await page.getByRole('link', { name: /^返回第\d+版$/ }).click()
    await page.waitForURL(/\/issues\/[^/]+\/pages\/\d+#article-/)
    await page.getByRole('navigation', { name: '版面导航' }).waitFor()
  })

  it('answers an unknown article id with the Chinese 404', async () => {
    const page = await open('/articles/no-such-article-id')
    await page.getByRole('heading', { name: '此页未见刊载' }).waitFor()
    expect(await page.title()).toBe('此页未见刊载 · 版面')
    expect(await page.getByRole('link', { name: '返回首页' }).getAttribute('href')).toBe('/')
  })
})
