// Places in Chromium: the locality filter on the search results (counts match the
// results, the URL round-trips through reload and back/forward), place pages from a
// cold link, the 404 for a bad code, 地点 links in the article view, and screenshots.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Catalog, type PlaceEntry } from '@/schema/bundle'
import { SearchManifest, Shard } from '@/search/files'
import { normalize } from '@/search/normalize'
import { buildPlaceTree, childPlaces, countArticlesByPlace, type PlaceTree } from '@/lib/places'
import { baseURL, connect, expectNoHorizontalOverflow, open, PHONE, SHOTS, seriousA11yViolations } from './e2e'

/** A character most articles contain, so the results spread over several places. */
const TERM = '的'

let browser: Browser
let catalog: Catalog
let tree: PlaceTree
/** Search ground truth: per place (sub-places included), how many articles contain TERM. */
let counts: Map<string, number>
let city: PlaceEntry
let county: PlaceEntry

beforeAll(async () => {
  browser = await connect()
  catalog = Catalog.parse(await (await fetch(`${baseURL}/data/catalog.json`)).json())
  tree = buildPlaceTree(catalog.places)
  const manifest = SearchManifest.parse(await (await fetch(`${baseURL}/data/search/manifest.json`)).json())
  const shards = await Promise.all(manifest.shards.map(async (s) => Shard.parse(await (await fetch(`${baseURL}/data/${s.file}`)).json())))
  const docs = shards.flatMap(({ docs: d }) => d.id.map((id, i) => ({ id, text: normalize([d.kicker[i], d.title[i], d.subtitle[i], d.body[i]].join('\n')) })))
  const placesOf = new Map(catalog.issues.flatMap((i) => i.pages.flatMap((p) => p.articles.map((a) => [a.id, a.places] as const))))
  const matched = docs.filter((d) => d.text.includes(TERM))
  counts = countArticlesByPlace(tree, matched.map(({ id }) => ({ places: placesOf.get(id) })))
  // The city with the most results, and its county with the most: the bundle decides, not this file.
  const most = (places: readonly PlaceEntry[]) => [...places].sort((a, b) => (counts.get(b.code) ?? 0) - (counts.get(a.code) ?? 0))[0]!
  city = most([...tree.byCode.values()].filter((p) => p.level === 'city'))
  county = most(childPlaces(tree, city.code))
  expect(counts.get(county.code)).toBeGreaterThan(0)
  expect(counts.get(city.code)).toBeGreaterThan(counts.get(county.code)!)
})

afterAll(async () => {
  await browser?.close()
})

const total = async (page: Page) => Number(await page.getByTestId('search-total').textContent())
const filter = (page: Page) => page.getByRole('navigation', { name: '按地区筛选' })
const chip = (page: Page, place: PlaceEntry) => filter(page).getByRole('link', { name: `${place.name} (${counts.get(place.code)})`, exact: true })
const placeParam = (page: Page) => new URL(page.url()).searchParams.get('place')

/** The filter's current place and its badge: what is shown as chosen. */
async function chosen(page: Page): Promise<string> {
  return (await filter(page).locator('[aria-current]').textContent())!.trim()
}

describe('the locality filter on search results', () => {
  it('narrows the results to a city, then a county, with counts that match the results', async () => {
    const page = await open(browser, `/search?q=${encodeURIComponent(TERM)}`)
    await page.getByTestId('search-total').waitFor()
    const all = await total(page)
    expect(await chosen(page)).toBe(`全部地区 (${all})`)

    // Down from the province to the city: each step is a link with the count it will show.
    for (const place of tree.byCode.get(city.parent!) ? [tree.byCode.get(city.parent!)!, city] : [city]) {
      await chip(page, place).click()
      await page.waitForURL((url) => url.searchParams.get('place') === place.code)
      await expect.poll(() => total(page)).toBe(counts.get(place.code))
      expect(await chosen(page)).toBe(`${place.name} (${counts.get(place.code)})`)
    }
    expect(await page.getByRole('list', { name: '检索结果' }).getByRole('listitem').count()).toBe(Math.min(20, counts.get(city.code)!))
    await page.screenshot({ path: `${SHOTS}/places-search-filter.png`, fullPage: true })

    await chip(page, county).click()
    await page.waitForURL((url) => url.searchParams.get('place') === county.code)
    await expect.poll(() => total(page)).toBe(counts.get(county.code))
    expect(new URL(page.url()).searchParams.get('q')).toBe(TERM)

    // Reload keeps the filter; back and forward walk through the choices.
    await page.reload()
    await page.getByTestId('search-total').waitFor()
    expect(await total(page)).toBe(counts.get(county.code))
    expect(await chosen(page)).toBe(`${county.name} (${counts.get(county.code)})`)
    await page.goBack()
    await page.waitForURL((url) => url.searchParams.get('place') === city.code)
    await expect.poll(() => total(page)).toBe(counts.get(city.code))
    await page.goForward()
    await page.waitForURL((url) => url.searchParams.get('place') === county.code)
    await expect.poll(() => total(page)).toBe(counts.get(county.code))

    // 全部地区 clears the place and keeps the query.
    await filter(page).getByRole('link', { name: /^全部地区/ }).click()
    await page.waitForURL((url) => !url.searchParams.has('place') && url.searchParams.get('q') === TERM)
    await expect.poll(() => total(page)).toBe(all)
  })

  it('ignores a place code it does not know', async () => {
    for (const bad of ['abc', '110101', '%3Cb%3E']) {
      const page = await open(browser, `/search?q=${encodeURIComponent(TERM)}&place=${bad}`)
      await page.getByTestId('search-total').waitFor()
      expect(await chosen(page)).toMatch(/^全部地区/)
      await page.close()
    }
  })

  it('fits a phone', async () => {
    const page = await open(browser, `/search?q=${encodeURIComponent(TERM)}&place=${city.code}`, PHONE)
    await page.getByTestId('search-total').waitFor()
    await page.getByText('按地区分布').click()
    await page.getByTestId('place-chart').waitFor()
    await expectNoHorizontalOverflow(page)
    await page.screenshot({ path: `${SHOTS}/places-search-filter-phone.png`, fullPage: true })
  })
})

describe('place pages', () => {
  it('opens a place from a cold link: its chain, sub-places with counts, and articles', async () => {
    const page = await open(browser, `/places/${county.code}`)
    await page.getByRole('heading', { level: 1, name: county.name }).waitFor()
    const chain = page.getByRole('navigation', { name: '地区层级' })
    const expected = ['全部地区']
    for (let p: PlaceEntry | undefined = county; p; p = p.parent ? tree.byCode.get(p.parent) : undefined) expected.splice(1, 0, p.name)
    expect(await chain.getByRole('link').allTextContents()).toEqual(expected)
    expect(await chain.getByRole('link', { name: county.name }).getAttribute('aria-current')).toBe('page')
    const articles = page.locator('[data-article]')
    expect(await articles.count()).toBeGreaterThan(0)
    expect(await seriousA11yViolations(page)).toEqual([])
    await page.screenshot({ path: `${SHOTS}/places-place-page.png`, fullPage: true })

    // Up the chain to the city, whose chart lists this county with its count.
    await chain.getByRole('link', { name: city.name }).click()
    await page.getByRole('heading', { level: 1, name: city.name }).waitFor()
    const bar = page.getByTestId('place-chart').getByRole('listitem').filter({ hasText: county.name })
    expect(await bar.textContent()).toMatch(/\d+篇$/)
  })

  it('shows the place page on a phone without sideways scrolling', async () => {
    const page = await open(browser, `/places/${city.code}`, PHONE)
    await page.getByRole('heading', { level: 1, name: city.name }).waitFor()
    await expectNoHorizontalOverflow(page)
    await page.screenshot({ path: `${SHOTS}/places-place-page-phone.png`, fullPage: true })
  })

  it('lists every place with counts on /places', async () => {
    const page = await open(browser, '/places')
    await page.getByRole('heading', { level: 1, name: '地区' }).waitFor()
    for (const place of tree.roots) await page.getByRole('link', { name: place.name, exact: true }).first().waitFor()
    await page.screenshot({ path: `${SHOTS}/places-index.png`, fullPage: true })
  })

  it.each(['/places/123456', '/places/not-a-code'])('answers %s with the Chinese 404', async (path) => {
    const page = await open(browser, path)
    await page.getByRole('heading', { level: 1, name: '此页未见刊载' }).waitFor()
  })

  it('links an article’s places to their pages', async () => {
    const article = catalog.issues.flatMap((i) => i.pages.flatMap((p) => p.articles)).find((a) => a.places?.[0] === county.code)!
    const page = await open(browser, `/articles/${article.id}`)
    const line = page.getByTestId('article-places')
    await line.getByRole('link', { name: county.name }).click()
    await page.waitForURL(`**/places/${county.code}`)
    await page.getByRole('heading', { level: 1, name: county.name }).waitFor()
  })
})

describe('the paper archive', () => {
  it('filters a paper’s issues by place and screenshots it', async () => {
    const paper = catalog.papers.find((p) => p.localityCode === city.code) ?? catalog.papers[0]!
    const page = await open(browser, `/papers/${paper.id}`)
    await filter(page).waitFor()
    const first = filter(page).getByRole('listitem').getByRole('link').first()
    await first.click()
    await page.waitForURL((url) => url.searchParams.has('place'))
    expect(placeParam(page)).toMatch(/^\d+$/)
    await page.getByRole('heading', { level: 2, name: /^本报涉及/ }).waitFor()
    await page.screenshot({ path: `${SHOTS}/places-paper-archive.png`, fullPage: true })
  })
})
