// Search over a generated archive of several years (one weekly paper, 2019–2024,
// a shard per year), served by routes in place of the built search files and
// slowed per shard: the worker fetches only the shards a query needs, newest
// first; the page says which years are searched and that older ones still are;
// 停止 keeps the results so far with an at-least count; paging on searches
// older years; the full count is exact; a second query fetches nothing again.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { shardFiles } from '@/search/build-shards'
import { SearchManifest } from '@/search/files'
import { COMMON, datedArchive, PAPER, RARE } from './search-archive'
import { connect, newContext, SHOTS } from './e2e'

const issues = datedArchive({
  lastYear: 2024,
  years: 6,
  everyDays: 7,
  pages: 1,
  articlesPerPage: 2,
  text: (n) => ({ title: `第${n}篇报道`, body: `关于本地发展的第${n}篇消息。` }),
})
// A shard per year (each about 2,000 characters), 2019 alone in the 2010s.
const files = shardFiles(issues, { papers: [PAPER], places: [] }, 3000)
const manifest = SearchManifest.parse(JSON.parse(files.get('search/manifest.json')!))
const docsIn = (year: string) => issues.filter((i) => i.date.startsWith(year)).reduce((n, i) => n + i.docs.length, 0)
const ALL = issues.reduce((n, i) => n + i.docs.length, 0)

let browser: Browser

beforeAll(async () => {
  browser = await connect()
  expect(manifest.shards.map((s) => s.period)).toEqual(['2024', '2023', '2022', '2021', '2020', '2010s'])
})

afterAll(async () => {
  await browser?.close()
})

/** A page whose search files come from the generated archive, each shard file after `delayMs`; `fetched` lists them in order. */
async function archivePage(delayMs: number): Promise<{ page: Page; context: BrowserContext; fetched: string[] }> {
  const context = await newContext(browser)
  const fetched: string[] = []
  await context.route(/\/data\/search\//, async (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/data\//, '')
    const body = files.get(path)
    if (path.includes('shard-')) {
      fetched.push(path)
      await new Promise((resolve) => setTimeout(resolve, delayMs))
    }
    await (body === undefined ? route.fulfill({ status: 404, body: 'not found' }) : route.fulfill({ contentType: 'application/json', body }))
  })
  return { page: await context.newPage(), context, fetched }
}

const shardYears = (fetched: string[]) => [...new Set(fetched.map((f) => /shard-([^.]+)\./.exec(f)![1]))]
const resultDates = async (page: Page) =>
  (await page.getByRole('list', { name: '检索结果' }).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')))
    .filter((href) => href.startsWith('/articles/'))
    .map((href) => href.slice('/articles/'.length, '/articles/'.length + 4))

describe('search over a multi-year archive', () => {
  it('searches newest first, says which years are done and that older ones are being searched, and reaches the exact count', async () => {
    const { page, context, fetched } = await archivePage(1000)
    await page.goto(`/search?q=${encodeURIComponent(COMMON)}&sort=newest`)
    const progress = page.getByTestId('search-progress')
    await expect.poll(() => progress.textContent(), { timeout: 15_000 }).toMatch(/已检索 2024 年，正在检索更早的年份…/)
    expect(await resultDates(page)).toEqual(Array(20).fill('2024'))
    await page.screenshot({ path: `${SHOTS}/search-progress.png`, fullPage: true })
    await page.getByTestId('search-total').waitFor({ timeout: 20_000 })
    expect(Number(await page.getByTestId('search-total').textContent())).toBe(ALL)
    // Each shard's two files once, newest first.
    expect(shardYears(fetched)).toEqual(['2024', '2023', '2022', '2021', '2020', '2010s'])
    expect(fetched).toHaveLength(12)

    // Another query over the same years loads nothing again (the worker keeps the shards), and the rare word in 2019 is found.
    await page.locator('#search-q').fill(RARE)
    await expect.poll(() => page.getByTestId('search-total').textContent(), { timeout: 15_000 }).toBe('1')
    expect(await resultDates(page)).toEqual(['2019'])
    expect(fetched).toHaveLength(12)
    await context.close()
  }, 90_000)

  it('stops a search, keeping the results so far with an at-least count, then pages on into older years and goes on to the end', async () => {
    const { page, context, fetched } = await archivePage(1200)
    await page.goto(`/search?q=${encodeURIComponent(COMMON)}&sort=newest`)
    const stop = page.getByRole('button', { name: '停止' })
    await stop.waitFor({ timeout: 15_000 })
    await expect.poll(() => page.getByTestId('search-found').count(), { timeout: 15_000 }).toBe(1)
    await stop.click()
    const progress = page.getByTestId('search-progress')
    await expect.poll(() => progress.textContent()).toMatch(/^至少 \d+ 篇，已检索 (\d{4}–)?2024 年，更早的年份未检索。$/)
    const found = Number(await page.getByTestId('search-found').textContent())
    expect(found).toBeGreaterThanOrEqual(docsIn('2024'))
    expect(found).toBeLessThan(ALL)
    const loaded = fetched.length
    await page.waitForTimeout(3000)
    // Nothing more is searched or fetched: the count stays, and results stay on the screen.
    expect(Number(await page.getByTestId('search-found').textContent())).toBe(found)
    expect(fetched.length).toBeLessThanOrEqual(loaded + 2)
    expect(await resultDates(page)).toHaveLength(20)
    await page.screenshot({ path: `${SHOTS}/search-stopped.png`, fullPage: true })

    // Paging past 2024's results searches the next older year, and only as far as that page needs.
    const pageOfOlder = Math.floor(docsIn('2024') / 20) + 2
    for (let p = 2; p <= pageOfOlder; p++) {
      await page.getByRole('link', { name: '下一页 →' }).click()
      await page.waitForURL((url) => url.searchParams.get('p') === String(p))
    }
    await expect.poll(() => resultDates(page), { timeout: 15_000 }).toContain('2023')
    expect(shardYears(fetched)).not.toContain('2010s')
    await expect.poll(() => progress.textContent()).toMatch(/^至少 \d+ 篇，已检索 2023–2024 年，更早的年份未检索。$/)

    // 继续检索 goes on to the exact count.
    await page.getByRole('button', { name: '继续检索' }).click()
    await page.getByTestId('search-total').waitFor({ timeout: 30_000 })
    expect(Number(await page.getByTestId('search-total').textContent())).toBe(ALL)
    await context.close()
  }, 90_000)

  it('fetches only the shards inside a date filter or holding the chosen paper', async () => {
    const { page, context, fetched } = await archivePage(0)
    await page.goto(`/search?q=${encodeURIComponent(COMMON)}&from=2021-03-01&to=2021-12-31`)
    await page.getByTestId('search-total').waitFor({ timeout: 15_000 })
    const expected = issues.filter((i) => i.date >= '2021-03-01' && i.date <= '2021-12-31').reduce((n, i) => n + i.docs.length, 0)
    expect(Number(await page.getByTestId('search-total').textContent())).toBe(expected)
    expect(shardYears(fetched)).toEqual(['2021'])
    await page.goto(`/search?q=${encodeURIComponent(COMMON)}&paper=nosuchpaper`)
    await page.getByText(/没有找到包含/).waitFor({ timeout: 15_000 })
    await context.close()
  })
})
