// axe-core on every kind of view, in the light and the dark theme: no serious or critical violations.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Catalog } from '@/schema/bundle'
import { baseURL, connect, newContext, open, seriousA11yViolations } from './e2e'

let browser: Browser
let views: [string, string][]

beforeAll(async () => {
  browser = await connect()
  const catalog = Catalog.parse(await (await fetch(`${baseURL}/data/catalog.json`)).json())
  const issue = catalog.issues[0]!
  const article = issue.pages[0]!.articles.find((a) => a.kind === 'news')!
  views = [
    ['home', '/'],
    ['page', `/issues/${issue.id}/pages/${issue.pages[0]!.number ?? 1}`],
    ['article', `/articles/${article.id}?hl=${encodeURIComponent(article.title.slice(0, 2))}`],
    ['paper', `/papers/${issue.paperId}`],
    ['404', '/no/such/page'],
  ]
})

afterAll(async () => {
  await browser?.close()
})

describe('accessibility (axe-core)', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`has no serious or critical violations on home, page, article, paper and 404 views (${theme})`, async () => {
      const context = await newContext(browser)
      await context.addInitScript((t) => localStorage.setItem('banmian.reading', JSON.stringify({ theme: t, fontStep: 1 })), theme)
      const page = await context.newPage()
      const found: string[] = []
      for (const [name, path] of views) {
        await page.goto(path)
        await page.getByRole('heading', { level: 1 }).first().waitFor()
        expect(await page.locator('h1').count(), `${name}: one h1`).toBe(1)
        found.push(...(await seriousA11yViolations(page)).map((v) => `${name}: ${v}`))
      }
      await page.keyboard.press('?')
      await page.getByRole('dialog').waitFor()
      found.push(...(await seriousA11yViolations(page)).map((v) => `help dialog: ${v}`))
      expect(found).toEqual([])
      await context.close()
    })
  }

  it('offers a skip link to the main text as the first stop', async () => {
    // Once the app is up: the prerendered home page it replaces has no skip link of its own.
    const page = await open(browser, '/')
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: '跳到正文' })
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await skip.isVisible()).toBe(true)
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN')
    await page.context().close()
  })
})
