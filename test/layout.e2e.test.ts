// The page view as a reader meets it in Chromium: stories as blocks that never continue above their own start,
// the first screen of a phone, headlines that break between words, and OCR's half-width punctuation drawn
// full-width while the stored text, search and ?hl= keep it.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Catalog, IssueBody } from '@/schema/bundle'
import { pageNo } from '@/lib/data/locate'
import { baseURL, connect, DESKTOP, fontsLoaded, newContext, open, PHONE, SHOTS } from './e2e'

let browser: Browser
let pagePaths: string[]
/** A story paragraph of the built bundle with a half-width comma between Chinese characters, and that spot. */
let ocr: { id: string; paragraph: number; snippet: string } | undefined

beforeAll(async () => {
  browser = await connect()
  const catalog = Catalog.parse(await (await fetch(`${baseURL}/data/catalog.json`)).json())
  pagePaths = catalog.issues.flatMap((issue) => issue.pages.map((page, i) => `/issues/${issue.id}/pages/${pageNo(page, i)}`))
  for (const issue of catalog.issues) {
    const body = IssueBody.parse(await (await fetch(`${baseURL}/data/${issue.body}`)).json())
    for (const article of body.pages.flatMap((p) => p.articles).filter((a) => a.kind === 'news')) {
      for (const [paragraph, text] of article.paragraphs.entries()) {
        const found = /\p{Script=Han}{2},\p{Script=Han}{2}/u.exec(text)
        if (found && !ocr) ocr = { id: article.id, paragraph, snippet: found[0] }
      }
    }
  }
  expect(ocr, 'the seeds have OCR commas between Chinese characters').toBeDefined()
})

afterAll(async () => {
  await browser?.close()
})

async function ready(page: Page, path: string): Promise<void> {
  await page.goto(path)
  // The app's own header: a prerendered page shows its h1 before the app has taken it over.
  await page.getByRole('banner').first().waitFor()
  await page.getByRole('heading', { level: 1 }).first().waitFor()
  await fontsLoaded(page)
}

/**
 * Per story block: how far any of its text lines sits above the block's first line (its headline), and the
 * furthest the eye moves back up from one line to the next in reading order.
 */
function storyGeometry(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-kind]')].map((block) => {
      const tops: number[] = []
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue
        const range = document.createRange()
        range.selectNodeContents(node)
        for (const rect of range.getClientRects()) if (rect.height > 0) tops.push(rect.top)
      }
      const title = block.querySelector('[data-part=title]')?.getBoundingClientRect().top ?? tops[0] ?? 0
      const start = Math.min(title, tops[0] ?? title)
      let back = 0
      for (let i = 1; i < tops.length; i++) back = Math.max(back, tops[i - 1]! - tops[i]!)
      return { id: block.id, above: Math.max(0, ...tops.map((top) => start - top)), back, width: block.getBoundingClientRect().width }
    }),
  )
}

describe('the page view', () => {
  it('sets every story in one place: no text above its start, no column taller than the screen', async () => {
    const page = await open(browser, '/', { width: 1366, height: 900 })
    let lead = false
    for (const path of pagePaths) {
      await ready(page, path)
      const stories = await storyGeometry(page)
      expect(stories.length).toBeGreaterThan(0)
      for (const story of stories) {
        expect(story.above, `${path} ${story.id} continues above its start`).toBeLessThanOrEqual(1)
        expect(story.back, `${path} ${story.id} goes back up a whole screen`).toBeLessThan(900)
      }
      // The lead story spans the grid: wider than the narrowest block by at least a column.
      const widths = stories.map((s) => s.width)
      if (Math.max(...widths) > 1.8 * Math.min(...widths)) lead = true
    }
    expect(lead).toBe(true)
    await page.screenshot({ path: `${SHOTS}/page-grid-desktop.png`, fullPage: true })
    await page.context().close()
  })

  it('shows the page’s navigation and its first headline on the first screen of a phone, and keeps the bar on screen', async () => {
    const page = await open(browser, '/', PHONE)
    await ready(page, pagePaths[0]!)
    const onFirstScreen = async (selector: string) => {
      const box = (await page.locator(selector).first().boundingBox())!
      return box.y >= 0 && box.y + box.height <= PHONE.height
    }
    const contents = page.getByRole('button', { name: '目录' })
    expect(await onFirstScreen('button[aria-controls]')).toBe(true)
    expect(await onFirstScreen('[data-kind] [data-part=title]')).toBe(true)
    await page.screenshot({ path: `${SHOTS}/page-first-screen-phone.png` })

    // 目录 opens 版面, 期次 and 标题 over the page; Esc closes it and gives focus back.
    await contents.click()
    const pages = page.getByRole('navigation', { name: '版面导航' })
    await pages.waitFor()
    expect(await page.getByRole('navigation', { name: '期次' }).isVisible()).toBe(true)
    expect(await page.getByRole('navigation', { name: '标题导航' }).isVisible()).toBe(true)
    await page.keyboard.press('Escape')
    await pages.waitFor({ state: 'hidden' })
    expect(await contents.evaluate((el) => el === document.activeElement)).toBe(true)

    // Far down the page the bar is still there, and 查找 keeps its count in view.
    await page.getByRole('button', { name: '查找' }).click()
    const find = page.getByRole('search', { name: '本版查找' })
    await find.getByRole('searchbox').fill('的')
    await expect.poll(() => find.getByTestId('find-count').textContent()).toMatch(/^1 \/ \d+$/)
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2))
    for (const part of [contents, find.getByTestId('find-count')]) {
      const box = (await part.boundingBox())!
      expect(box.y).toBeGreaterThanOrEqual(0)
      expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height)
    }
    await page.context().close()
  })

  it('gives every control of the header, the page bar and 本版查找 a 44 px target on a phone', async () => {
    const page = await open(browser, '/', PHONE)
    await ready(page, pagePaths[0]!)
    await page.getByRole('button', { name: '查找' }).click()
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('header:not(main header) :is(a, button, input), main .sticky :is(a, button, input)')]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => ({ name: el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName, height: el.getBoundingClientRect().height }))
        .filter((c) => c.height < 44),
    )
    expect(small).toEqual([])
    await page.context().close()
  })

  it('puts the papers and their latest issues before any story on the home page of a phone', async () => {
    const page = await open(browser, '/', PHONE)
    const list = page.getByRole('heading', { level: 2, name: '报纸与期次' })
    await list.waitFor()
    const listTop = (await list.boundingBox())!.y
    const storyTop = (await page.locator('[data-kind] p').first().boundingBox())!.y
    expect(listTop).toBeLessThan(PHONE.height)
    expect(listTop).toBeLessThan(storyTop)
    await page.context().close()
  })
})

describe('typography', () => {
  it('breaks headlines only between words', async () => {
    // A phone at the largest type but one: every headline of more than a few words takes two lines or more.
    const context = await newContext(browser, PHONE)
    await context.addInitScript(() => localStorage.setItem('banmian.reading', JSON.stringify({ fontStep: 5 })))
    const page = await context.newPage()
    let breaks = 0
    for (const path of pagePaths) {
      await ready(page, path)
      const lines = await page.evaluate(() => {
        const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
        return [...document.querySelectorAll('[data-kind] [data-part=title]')].map((title) => {
          const text = title.textContent ?? ''
          const words = new Set([...segmenter.segment(text)].map((s) => s.index))
          // Where each line starts: the first character whose box sits lower than the one before it.
          const starts: number[] = []
          let offset = 0
          let lastTop: number | undefined
          const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT)
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (let i = 0; i < node.textContent!.length; i++, offset++) {
              const range = document.createRange()
              range.setStart(node, i)
              range.setEnd(node, i + 1)
              const top = range.getBoundingClientRect().top
              if (lastTop !== undefined && top > lastTop + 4 && text[offset]!.trim()) starts.push(offset)
              lastTop = top
            }
          }
          return { text, starts, inWord: starts.filter((at) => !words.has(at)) }
        })
      })
      for (const title of lines) {
        breaks += title.starts.length
        expect(title.inWord.map((at) => `${title.text.slice(0, at)} / ${title.text.slice(at)}`), path).toEqual([])
      }
    }
    // The check above had something to check.
    expect(breaks).toBeGreaterThan(10)
    await page.screenshot({ path: `${SHOTS}/page-large-type-phone.png` })
    await context.close()
  })

  it('draws OCR half-width punctuation full-width, while the stored text, search and ?hl= keep it', async () => {
    const { id, paragraph: at, snippet } = ocr!
    const shown = snippet.replace(',', '，')
    const page = await open(browser, `/articles/${id}?hl=${encodeURIComponent(snippet)}`, DESKTOP)
    const paragraph = page.locator(`#p${at + 1}`)
    await paragraph.waitFor()
    const text = (await paragraph.textContent())!
    expect(text).toContain(shown)
    // ?hl= in the stored form marks the same characters, shown full-width.
    const marks = await page.locator('mark').allTextContents()
    expect(marks).toContain(shown)
    await page.getByText(new RegExp(`^已标出“${snippet}”\\d+处`)).waitFor()

    // The bundle still holds the comma as printed, and search finds it in either form.
    for (const q of [snippet, shown]) {
      await page.goto(`/search?q=${encodeURIComponent(q)}`)
      await page.locator(`main a[href^="/articles/${id}"]`).first().waitFor()
    }
    await page.context().close()
  })

  it('keeps the theme the reader chose over the system’s, and prints without the sidebar', async () => {
    const context = await newContext(browser, DESKTOP)
    await context.addInitScript(() => localStorage.setItem('banmian.reading', JSON.stringify({ theme: 'light', fontStep: 1 })))
    const page = await context.newPage()
    await page.emulateMedia({ colorScheme: 'dark' })
    await ready(page, pagePaths[0]!)
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(246, 240, 226)')
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' })
    expect(await page.getByRole('complementary', { name: '本版目录' }).isVisible()).toBe(false)
    expect(await page.locator('[data-kind] [data-part=title]').first().isVisible()).toBe(true)
    await context.close()
  })
})
