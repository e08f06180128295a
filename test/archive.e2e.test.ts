// A multi-year archive in Chromium (the fixture's issue printed on dates across three years): a cold deep link to an
// article of an old year, the archive's years and calendar, and 期次 across a year's end — each reading only the small
// files of the split catalog, never catalog.json.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { archiveArticleId, archiveFixture } from './archive-fixture'
import { connect, newContext, SHOTS, serveFixtureBundle } from './e2e'
import { fixtureFiles } from './fixture-files'

const DATES = ['2022-12-31', '2023-01-02', '2023-11-30', '2023-12-31', '2024-01-01', '2024-11-29', '2024-11-30']

let browser: Browser
const files = fixtureFiles(archiveFixture(DATES))

beforeAll(async () => {
  browser = await connect()
})

afterAll(async () => {
  await browser?.close()
})

/** A fresh context serving the archive; `data` collects the bundle files the page asks for. */
async function openArchive(path: string, { holdYearLists = false } = {}): Promise<{ page: Page; data: string[] }> {
  const context = await newContext(browser)
  await serveFixtureBundle(context, files)
  // Held year lists never answer: what shows did not wait for them.
  if (holdYearLists) await context.route('**/data/years/**', () => undefined)
  const page = await context.newPage()
  const data: string[] = []
  page.on('request', (request) => {
    const { pathname } = new URL(request.url())
    if (pathname.startsWith('/data/')) data.push(pathname.slice('/data/'.length))
  })
  await page.goto(path)
  return { page, data }
}

describe('a multi-year archive', () => {
  it('opens an article of an old year cold from its id, through one shard of the id map and the issue’s body', async () => {
    const { page, data } = await openArchive(`/articles/${archiveArticleId('a4rnd', '2022-12-31')}`, { holdYearLists: true })
    // The article, its date and its page show without the year's issue list: the body says the rest of the issue.
    await page.getByRole('heading', { level: 1, name: '柯城赋能创新发展“动力源”' }).waitFor()
    await page.getByText('2022年12月31日').first().waitFor()
    expect(data).not.toContain('catalog.json')
    expect(data).toContain('index.json')
    expect(data.filter((path) => path.startsWith('lookup/'))).toHaveLength(1)
    expect(data.filter((path) => path.startsWith('issues/'))).toEqual([expect.stringMatching(/^issues\/qzrb-20221231\.[0-9a-f]{10}\.json$/)])
    expect(data.filter((path) => path.startsWith('years/'))).toEqual([])
  })

  it('opens a page of an old year cold without waiting for the year’s issue list', async () => {
    const { page, data } = await openArchive('/issues/qzrb-20221231/pages/4', { holdYearLists: true })
    await page.getByRole('heading', { name: '柯城赋能创新发展“动力源”' }).first().waitFor()
    await page.locator('header').getByText('2022年12月31日').first().waitFor()
    expect(data.filter((path) => path.startsWith('lookup/'))).toHaveLength(1)
    expect(data.filter((path) => path.startsWith('issues/'))).toHaveLength(1)
  })

  it('walks the archive by year and month and opens an issue from the calendar', async () => {
    const { page, data } = await openArchive('/papers/quzhou-daily')
    const years = page.getByRole('navigation', { name: '年份' })
    await years.getByRole('link', { name: /^2023年/ }).click()
    await page.waitForURL((url) => url.searchParams.get('year') === '2023')
    await page.getByRole('link', { name: '2023年12月31日 星期日' }).waitFor()
    expect(await page.getByRole('link', { name: /^2024年1月1日/ }).count()).toBe(0)
    const calendar = page.getByTestId('issue-calendar')
    await calendar.getByRole('heading', { name: '2023年12月' }).waitFor()
    await calendar.getByRole('link', { name: '上月 2023年11月' }).click()
    await calendar.getByRole('heading', { name: '2023年11月' }).waitFor()
    await page.screenshot({ path: `${SHOTS}/archive-calendar.png`, fullPage: true })
    await calendar.getByRole('link', { name: '11月30日' }).click()
    await page.waitForURL('**/issues/qzrb-20231130/pages/1')
    // The URL changes before the issue's data arrives; the paper view (also headed 衢州日报) stays until then.
    await page.locator('header').getByText('2023年11月30日').first().waitFor()
    await page.getByRole('heading', { level: 1, name: /^衢州日报/ }).waitFor()
    expect(data).not.toContain('catalog.json')
    // A slow machine: several loads in a row.
  }, 90_000)

  it('steps to the previous issue across a year’s end, and back to the same day a year later', async () => {
    const { page } = await openArchive('/issues/qzrb-20240101/pages/1')
    const issues = page.getByRole('navigation', { name: '期次' })
    await issues.getByRole('link', { name: /上一期/ }).click()
    await page.waitForURL('**/issues/qzrb-20231231/pages/1')
    await page.goto('/issues/qzrb-20231130/pages/1')
    await page.getByRole('region', { name: '往年今日' }).getByRole('link', { name: '2024年11月30日' }).click()
    await page.waitForURL('**/issues/qzrb-20241130/pages/1')
  }, 90_000)
})
