// Search in the built app: the header box → results as you type, highlighted;
// a result opens the article with the query highlighted (?hl=); the URL holds the
// search (shared link, back/forward); hostile input gets a calm screen; and
// 本版查找 marks every match on a page and steps through them.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Catalog } from '@/schema/bundle'
import { SearchManifest, Shard } from '@/search/files'
import { normalize } from '@/search/normalize'
import { baseURL, connect, open, SHOTS, seriousA11yViolations } from './e2e'

let browser: Browser
let catalog: Catalog
/** Folded kicker, title, subtitle and body of every searchable article. */
let texts: string[]

beforeAll(async () => {
  browser = await connect()
  catalog = Catalog.parse(await (await fetch(`${baseURL}/data/catalog.json`)).json())
  const manifest = SearchManifest.parse(await (await fetch(`${baseURL}/data/search/manifest.json`)).json())
  const shards = await Promise.all(manifest.shards.map(async (s) => Shard.parse(await (await fetch(`${baseURL}/data/${s.file}`)).json())))
  texts = shards.flatMap(({ docs: d }) => d.id.map((_, i) => normalize([d.kicker[i], d.title[i], d.subtitle[i], d.body[i]].join('\n'))))
})

afterAll(async () => {
  await browser?.close()
})

/** Ground truth from the bundle: articles whose folded text contains the term. */
function articlesContaining(term: string): number {
  const t = normalize(term)
  return texts.filter((text) => text.includes(t)).length
}

/** A two-character term from the newest front page's first headline. */
function headlineTerm(): string {
  const article = catalog.issues[0]!.pages[0]!.articles.find((a) => a.kind === 'news' && a.title.length >= 4)
  if (!article) throw new Error('no headline to search for')
  const han = /\p{Script=Han}{2}/u.exec(article.title)
  if (!han) throw new Error(`no two Chinese characters in ${article.title}`)
  return han[0]
}

function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  return errors
}

async function total(page: Page): Promise<number> {
  return Number(await page.getByTestId('search-total').textContent())
}

describe('search', () => {
  it('finds as you type from the header box, highlights, and opens the article with ?hl=', async () => {
    const term = headlineTerm()
    const page = await open(browser, '/')
    const errors = watchErrors(page)
    const box = page.getByRole('search', { name: '检索全部报纸' }).getByRole('searchbox')
    await box.fill(term)
    await box.press('Enter')
    await page.waitForURL(/\/search\?/)
    await page.getByTestId('search-total').waitFor()
    expect(await total(page)).toBe(articlesContaining(term))
    const results = page.getByRole('list', { name: '检索结果' })
    expect(new Set(await results.locator('mark').allTextContents())).toEqual(new Set([term]))

    // Typing refines the results without pressing Enter (debounced), and the URL follows.
    const main = page.locator('#search-q')
    await main.fill(`${term} -${'不可能出现的词'}`)
    await page.waitForURL((url) => url.searchParams.get('q') === `${term} -不可能出现的词`)
    expect(await total(page)).toBe(articlesContaining(term))
    await page.screenshot({ path: `${SHOTS}/search-results.png`, fullPage: true })
    expect(await seriousA11yViolations(page)).toEqual([])

    const first = results.getByRole('link').first()
    expect(await first.getAttribute('href')).toContain(`hl=${encodeURIComponent(term)}`)
    await first.click()
    await page.waitForURL(/\/articles\/[^?]+\?hl=/)
    await page.locator('article mark').first().waitFor()
    expect(new Set(await page.locator('article mark').allTextContents())).toEqual(new Set([term]))
    expect(errors).toEqual([])
  })

  it('keeps the search in the URL: a shared link reproduces it and back/forward restore it', async () => {
    const term = headlineTerm()
    const page = await open(browser, `/search?q=${encodeURIComponent(term)}&sort=newest`)
    await page.getByTestId('search-total').waitFor()
    const expected = await total(page)
    expect(await page.getByRole('button', { name: '最新在前' }).getAttribute('aria-pressed')).toBe('true')
    expect(await page.locator('#search-q').inputValue()).toBe(term)
    // The box has the focus, ready for another query (given after the first render, not by autoFocus).
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-q')

    await page.locator('#search-q').fill('的')
    await page.locator('#search-q').press('Enter')
    await page.waitForURL((url) => url.searchParams.get('q') === '的')
    await page.getByTestId('search-total').waitFor()
    await page.goBack()
    await page.waitForURL((url) => url.searchParams.get('q') === term)
    await expect.poll(() => page.locator('#search-q').inputValue()).toBe(term)
    await expect.poll(() => total(page)).toBe(expected)

    // A bad filter value falls back instead of failing.
    const odd = await open(browser, `/search?q=${encodeURIComponent(term)}&kind=nonsense&p=-4&from=yesterday`)
    await odd.getByTestId('search-total').waitFor()
    expect(await total(odd)).toBe(articlesContaining(term))
  })

  it('answers empty, absent, over-long and hostile input with a screen, never an error', async () => {
    const page = await open(browser, '/search')
    const errors = watchErrors(page)
    await page.getByText('输入人名、地名或词句').waitFor()
    const box = page.locator('#search-q')
    for (const input of ['量子纠缠态', '😀🀄', '.*+?^$()[]{}|\\', '<img src=x onerror="window.pwned=1">']) {
      await box.fill(input)
      await page.getByText(/没有找到包含/).waitFor()
    }
    expect(await page.locator('img').count()).toBe(0)
    await box.fill('衢'.repeat(10_000))
    await page.getByText(/检索词过长/).waitFor()
    await box.fill('-广告')
    await page.getByText('请至少输入一个要查找的词').first().waitFor()
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined()
    expect(errors).toEqual([])
  })

  it('shows index progress while shards are slow to arrive', async () => {
    const page = await browser.newPage({ baseURL })
    await page.route(/\/data\/search\/shard-/, async (route) => {
      await new Promise((r) => setTimeout(r, 1500))
      await route.continue()
    })
    await page.goto(`/search?q=${encodeURIComponent(headlineTerm())}`)
    await page.getByText(/正在载入检索索引|检索中/).first().waitFor()
    await page.getByTestId('search-total').waitFor({ timeout: 10_000 })
  })

  it('loads the web font’s slices only after a search link’s first results, which they would slow on a slow link', async () => {
    const page = await browser.newPage({ baseURL })
    // The search files answer after 1.5 s: no slice may be asked for while they are on their way.
    let filesIn = false
    await page.route(/\/data\/search\/shard-/, async (route) => {
      await new Promise((r) => setTimeout(r, 1500))
      await route.continue()
      filesIn = true
    })
    const fonts: string[] = []
    const early: string[] = []
    page.on('request', (r) => {
      if (r.resourceType() !== 'font') return
      fonts.push(r.url())
      if (!filesIn) early.push(r.url())
    })
    await page.goto(`/search?q=${encodeURIComponent(headlineTerm())}`)
    await page.getByTestId('search-total').waitFor({ timeout: 10_000 })
    await page.locator('html[data-fonts="on"]').waitFor({ state: 'attached' })
    expect(early).toEqual([])
    expect(fonts.length).toBeGreaterThan(0)
    await page.close()
  })

  it('starts the search worker on a search link while the search view’s own code is still on its way', async () => {
    const page = await browser.newPage({ baseURL })
    let viewCodeIn = false
    await page.route(/\/assets\/search-[\w-]+\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1500))
      await route.continue()
      viewCodeIn = true
    })
    const manifest = page.waitForRequest(/\/data\/search\/manifest\.json$/)
    await page.goto(`/search?q=${encodeURIComponent(headlineTerm())}`)
    await manifest
    expect(viewCodeIn).toBe(false)
    await page.getByTestId('search-total').waitFor({ timeout: 10_000 })
    await page.close()
  })

  it('has the search worker ask for the manifest and the first shard the search reads while its search code is still loading', async () => {
    const context = await browser.newContext({ baseURL })
    let codeIn = false
    await context.route(/\/assets\/archive-search-[\w-]+\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1500))
      await route.continue()
      codeIn = true
    })
    const manifest = SearchManifest.parse(await (await fetch(`${baseURL}/data/search/manifest.json`)).json())
    const page = await context.newPage()
    const asked = context.waitForEvent('request', (r) => r.url().endsWith('/data/search/manifest.json'))
    const shard = context.waitForEvent('request', (r) => r.url().endsWith(`/data/${manifest.shards[0]!.index}`))
    await page.goto(`/search?q=${encodeURIComponent(headlineTerm())}`)
    await asked
    await shard
    expect(codeIn).toBe(false)
    await page.getByTestId('search-total').waitFor({ timeout: 10_000 })
    // The code came as a chunk of its own, after the worker's entry had asked for the files.
    expect(codeIn).toBe(true)
    await context.close()
  })

  it('finds within a page: marks every match, counts them and steps with Enter / Shift+Enter', async () => {
    const issue = catalog.issues[0]!
    const page = await open(browser, `/issues/${issue.id}/pages/${issue.pages[0]!.number ?? 1}`)
    const finder = page.getByRole('search', { name: '本版查找' })
    const box = finder.getByRole('searchbox')
    await box.fill('的')
    const count = page.getByTestId('find-count')
    await expect.poll(() => count.textContent()).toMatch(/^1 \/ \d+$/)
    const n = Number((await count.textContent())!.split('/')[1])
    // The page's text holds as many 的 as the count says, across all its columns and articles.
    const inColumns = await page.evaluate(() => CSS.highlights.get('banmian-find')?.size ?? 0)
    expect(inColumns).toBe(n)
    expect(n).toBeGreaterThan(1)
    await box.press('Enter')
    expect(await count.textContent()).toBe(`2 / ${n}`)
    await box.press('Shift+Enter')
    await box.press('Shift+Enter')
    expect(await count.textContent()).toBe(`${n} / ${n}`)
    await page.screenshot({ path: `${SHOTS}/find-in-page.png` })
    await box.fill('不可能出现的词')
    await expect.poll(() => count.textContent()).toBe('无匹配')
    expect(await page.evaluate(() => CSS.highlights.has('banmian-find'))).toBe(false)
  })
})
