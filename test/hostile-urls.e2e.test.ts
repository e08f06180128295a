// Garbage, oversized and script-laden URLs: every route answers with its 404
// or a sensible default, never a blank page, a crash or executed markup.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect, newContext } from './e2e'

let browser: Browser
beforeAll(async () => {
  browser = await connect()
})
afterAll(async () => {
  await browser?.close()
})

const SCRIPT = encodeURIComponent('<script>window.__xss=1</script>')
const LONG = 'x'.repeat(5000)
const NOT_FOUND = [
  `/articles/${SCRIPT}`,
  `/articles/${LONG}`,
  '/articles/%E2%80%AE%F0%9F%92%A5',
  `/issues/${SCRIPT}/pages/1`,
  '/issues/nope/pages/abc',
  '/issues/nope/pages/-1',
  `/papers/${SCRIPT}`,
  `/places/${SCRIPT}`,
  '/places/99999999999',
  '/no/such/route',
]
const DEFAULTS = [
  `/search?q=${encodeURIComponent('"(' + '.*+?[]{}\\^$|'.repeat(50))}`,
  `/search?q=${'%F0%9F%98%80'.repeat(300)}`,
  `/search?q=${SCRIPT}&place=${SCRIPT}&sort=${SCRIPT}&from=yesterday&kind=evil`,
  // Longer URLs stop at the HTTP server's 16 KB header limit (431) before the app sees them.
  `/search?q=${'长'.repeat(1500)}`,
  `/?place=${SCRIPT}`,
]

describe('hostile URLs', () => {
  const label = (path: string) => (path.length > 60 ? `${path.slice(0, 60)}… (${path.length} chars)` : path)

  it.each(NOT_FOUND.map((p) => [label(p), p]))('shows the Chinese 404 for %s', async (_, path) => {
    const page = await (await newContext(browser)).newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(path.slice(0, 6000))
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    expect(await page.locator('main').innerText()).toMatch(/未见|没有找到|不存在|404/)
    expect(await page.getByRole('link', { name: /首页|返回/ }).count()).toBeGreaterThan(0)
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
    expect(errors).toEqual([])
    await page.context().close()
  })

  it.each(DEFAULTS.map((p) => [label(p), p]))('falls back to a sensible screen for %s', async (_, path) => {
    const page = await (await newContext(browser)).newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(path)
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    expect((await page.locator('main').innerText()).trim().length).toBeGreaterThan(0)
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
    expect(errors).toEqual([])
    await page.context().close()
  })
})
