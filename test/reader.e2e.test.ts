// The reader in Chromium: moving through pages and issues, article tools,
// highlighting, keyboard, preferences, print and the phone layout.
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Catalog, IssueBody } from '@/schema/bundle'
import { readableArticles } from '@/lib/data/locate'
import { fullWidthPunctuation } from '@/lib/typeset'
import { baseURL, connect, expectNoHorizontalOverflow, fontsLoaded, newContext, open, PHONE, serveFixtureBundle, SHOTS } from './e2e'

let browser: Browser
let catalog: Catalog
/** The built bundle's longest story, and the page it is on. */
let story: { id: string; title: string; paragraphs: string[]; issueId: string; pageNo: number }
/** The first page of the built bundle, with the ids of the stories that carry a headline link. */
let firstPage: { path: string; stories: { id: string; title: string }[] }

beforeAll(async () => {
  browser = await connect()
  catalog = Catalog.parse(await (await fetch(`${baseURL}/data/catalog.json`)).json())
  const issue = catalog.issues[0]!
  const body = IssueBody.parse(await (await fetch(`${baseURL}/data/${issue.body}`)).json())
  const articles = readableArticles(body.pages[0]!.articles)
  firstPage = {
    path: `/issues/${issue.id}/pages/${body.pages[0]!.number ?? 1}`,
    stories: articles.filter((a) => a.title && ['news', 'commentary', 'photo'].includes(a.kind)).map(({ id, title }) => ({ id, title })),
  }
  const longest = articles.filter((a) => a.kind === 'news').sort((a, b) => b.paragraphs.join('').length - a.paragraphs.join('').length)[0]!
  story = { ...longest, issueId: issue.id, pageNo: body.pages[0]!.number ?? 1 }
})

afterAll(async () => {
  await browser?.close()
})

async function inViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect()
    return r.bottom > 0 && r.top < window.innerHeight
  })
}

const notFoundHeading = (page: Page) => page.getByRole('heading', { level: 1, name: '此页未见刊载' })

describe('moving through the paper', () => {
  it('turns pages and issues with the keyboard and with clicks', async () => {
    const context = await newContext(browser)
    await serveFixtureBundle(context) // two pages in one issue, two issues of one paper
    const page = await context.newPage()
    await page.goto('/')
    await page.getByRole('link', { name: '2024年11月30日 星期六' }).click()
    // The URL changes before the new page is rendered, and the arrow keys act on the page on screen (until the new
    // issue has loaded, the home page's front page of another issue, whose 第1版 is current too): wait for the page
    // list to mark this issue's page as current before pressing the next key.
    const shown = (no: number) =>
      page
        .getByRole('navigation', { name: '版面导航' })
        .locator(`a[aria-current=page][href$="/issues/qzrb-20241130/pages/${no}"]`)
        .waitFor()
    await page.waitForURL('**/issues/qzrb-20241130/pages/1')
    await shown(1)

    await page.keyboard.press('ArrowRight')
    await page.waitForURL('**/issues/qzrb-20241130/pages/4')
    await shown(4)
    await page.keyboard.press('ArrowLeft')
    await page.waitForURL('**/issues/qzrb-20241130/pages/1')
    await shown(1)
    await page.getByRole('link', { name: /^下一版/ }).click()
    await page.waitForURL('**/issues/qzrb-20241130/pages/4')

    const issues = page.getByRole('navigation', { name: '期次' })
    await issues.getByRole('link', { name: /上一期/ }).click()
    await page.waitForURL('**/issues/qzrb-20241129/pages/1')
    await page.getByRole('heading', { level: 2, name: '我市迎来今冬第一场雪' }).waitFor()
    expect(await issues.getByRole('link', { name: /上一期/ }).count()).toBe(0)
    await issues.getByRole('link', { name: /下一期/ }).click()
    await page.waitForURL('**/issues/qzrb-20241130/pages/1')

    await issues.getByRole('link', { name: '本报往期' }).click()
    await page.waitForURL('**/papers/quzhou-daily')
    await page.getByRole('link', { name: '2024年11月29日 星期五' }).click()
    await page.waitForURL('**/issues/qzrb-20241129/pages/1')
    await context.close()
  })

  it('moves between stories with j/k, on a page and in the article view', async () => {
    const page = await open(browser, firstPage.path)
    const [first, second] = firstPage.stories.map((s) => s.id)
    expect(second).toBeDefined()
    // The URL changes before the new view is up; its h1 says it is.
    const opened = (i: number) => page.getByRole('heading', { level: 1, name: firstPage.stories[i]!.title }).waitFor()
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('href'))
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.keyboard.press('j')
    expect(await focused()).toBe(`/articles/${first}`)
    await page.keyboard.press('j')
    expect(await focused()).toBe(`/articles/${second}`)
    await page.keyboard.press('k')
    expect(await focused()).toBe(`/articles/${first}`)

    await page.keyboard.press('Enter')
    await opened(0)
    await page.keyboard.press('j')
    await opened(1)
    expect(page.url()).toMatch(new RegExp(`/articles/${second}$`))
    await page.keyboard.press('k')
    await opened(0)
    expect(page.url()).toMatch(new RegExp(`/articles/${first}$`))
    await page.context().close()
  })

  it('opens the shortcut help with ?, keeps focus inside, closes on Esc and gives focus back', async () => {
    const page = await open(browser, firstPage.path)
    const home = page.getByRole('link', { name: '版面', exact: true })
    await home.focus()
    await page.keyboard.press('?')
    const dialog = page.getByRole('dialog', { name: '键盘快捷键' })
    await dialog.waitFor()
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true)
    }
    // Page shortcuts stay off while the dialog is open.
    await page.keyboard.press('j')
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true)
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    expect(await home.evaluate((el) => el === document.activeElement)).toBe(true)
    await page.context().close()
  })

  it('leaves the keys alone while the reader types in a field', async () => {
    const page = await open(browser, firstPage.path)
    await page.getByRole('heading', { level: 1 }).waitFor()
    // The search box is not built yet; any text field must behave the same.
    await page.evaluate(() => {
      const field = document.createElement('input')
      field.id = 'probe'
      document.querySelector('header')!.append(field)
    })
    await page.locator('#probe').focus()
    await page.keyboard.type('?jk')
    await page.keyboard.press('ArrowRight')
    expect(await page.locator('#probe').inputValue()).toBe('?jk')
    expect(await page.getByRole('dialog').count()).toBe(0)
    expect(new URL(page.url()).pathname).toBe(firstPage.path)
    await page.context().close()
  })
})

describe('an article', () => {
  it('opens cold from a deep link, copies its link and citation, and confirms in Chinese', async () => {
    const context = await newContext(browser)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
    // A desktop browser without the Web Share API: 分享 falls back to copying the link.
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'share', { value: undefined }))
    const page = await context.newPage()
    await page.goto(`/articles/${story.id}`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(story.title)

    await page.getByRole('button', { name: '分享' }).click()
    await page.getByRole('status').getByText('链接已复制,可粘贴分享').waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/articles/${story.id}`)

    await page.getByRole('button', { name: '复制引用' }).click()
    await page.getByRole('status').getByText('引用已复制').waitFor()
    const citation = await page.evaluate(() => navigator.clipboard.readText())
    expect(citation).toContain(`${story.title}`)
    expect(citation).toContain('[N/OL]')
    expect(citation).toContain(`(${story.pageNo})`)
    expect(citation).toMatch(new RegExp(`${baseURL}/articles/${story.id}\\.$`))
    expect(citation).not.toContain('\n')
    await context.close()
  })

  it('hands the link to the Web Share API where there is one', async () => {
    const context = await newContext(browser, PHONE)
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'share', {
        value: async (data: ShareData) => void ((window as unknown as { shared: ShareData }).shared = data),
      })
    })
    const page = await context.newPage()
    await page.goto(`/articles/${story.id}`)
    await page.getByRole('button', { name: '分享' }).click()
    await page.getByRole('status').getByText('已分享').waitFor()
    expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared)).toEqual({
      title: story.title,
      url: `${baseURL}/articles/${story.id}`,
    })
    await context.close()
  })

  it('marks every ?hl= occurrence and scrolls to the first; #pN opens at that paragraph', async () => {
    const last = story.paragraphs.length
    const needle = story.paragraphs[last - 1]!.slice(2, 6)
    const page = await open(browser, `/articles/${story.id}?hl=${encodeURIComponent(needle)}`)
    const marks = page.locator('mark')
    await marks.first().waitFor()
    // Marked as shown: OCR's half-width punctuation is drawn full-width, the same characters either way.
    const fold = (text: string) => text.normalize('NFKC')
    expect(new Set((await marks.allTextContents()).map(fold))).toEqual(new Set([fold(needle)]))
    await page.waitForFunction(() => {
      const r = document.querySelector('mark')!.getBoundingClientRect()
      return r.top >= 0 && r.bottom <= window.innerHeight
    })
    await page.getByText(/^已标出“.+”\d+处/).waitFor()

    await page.goto(`/articles/${story.id}#p${last}`)
    const paragraph = page.locator(`#p${last}`)
    await paragraph.waitFor()
    await page.waitForFunction((id) => {
      const r = document.getElementById(id)!.getBoundingClientRect()
      return r.top >= 0 && r.top < window.innerHeight
    }, `p${last}`)
    await page.context().close()
  })

  it('goes back to its page at the place it is printed', async () => {
    const lastStory = firstPage.stories.at(-1)!.id
    const page = await open(browser, `/articles/${lastStory}`)
    await page.getByRole('link', { name: /^返回第\d+版$/ }).click()
    await page.waitForURL(`**${firstPage.path}#article-${lastStory}`)
    await page.waitForFunction((id) => {
      const r = document.getElementById(id)?.getBoundingClientRect()
      return !!r && r.top < window.innerHeight && r.bottom > 0
    }, `article-${lastStory}`)
    expect(await inViewport(page.locator(`#article-${lastStory}`))).toBe(true)
    await page.context().close()
  })

  it('prints a page without the sidebar, bar or tools, every story whole', async () => {
    const page = await open(browser, firstPage.path)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.emulateMedia({ media: 'print' })
    for (const chrome of [page.getByRole('banner'), page.getByRole('complementary', { name: '本版目录' }), page.getByRole('search', { name: '本版查找' }), page.getByRole('navigation', { name: '翻版' })]) {
      expect(await chrome.isVisible()).toBe(false)
    }
    const last = story.paragraphs.at(-1)!
    expect(await page.locator(`#article-${story.id}`).getByText(fullWidthPunctuation(last).slice(0, 8)).first().isVisible()).toBe(true)
    expect(await page.getByRole('link', { name: /^阅读全文/ }).first().isVisible()).toBe(false)
    await page.context().close()
  })

  it('prints just the article', async () => {
    const page = await open(browser, `/articles/${story.id}`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.emulateMedia({ media: 'print' })
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true)
    for (const chrome of [page.getByRole('banner'), page.getByRole('contentinfo'), page.getByRole('navigation', { name: '本版文章' }), page.getByRole('group', { name: '文章工具' })]) {
      expect(await chrome.isVisible()).toBe(false)
    }
    await page.getByText(/^原载《/).waitFor()
    await page.context().close()
  })
})

describe('addresses', () => {
  it.each([
    ['an unknown issue', '/issues/no-such-issue/pages/1'],
    ['a page number that is not a number', '/issues/x/pages/abc'],
    ['an id with markup', '/articles/%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E'],
    ['an overlong id', `/articles/${'x'.repeat(300)}`],
    ['an unknown paper', '/papers/nobody'],
  ])('answers %s with the Chinese 404 and a way home', async (_what, path) => {
    const page = await open(browser, path)
    await notFoundHeading(page).waitFor()
    expect(await page.getByRole('link', { name: '返回首页' }).getAttribute('href')).toBe('/')
    expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined()
    await page.context().close()
  })

  it('survives a hard reload on every kind of route (the preview server falls back to index.html)', async () => {
    const issue = catalog.issues[0]!
    const page = await open(browser, '/')
    for (const path of [firstPage.path, `/articles/${story.id}?hl=${encodeURIComponent(story.title.slice(0, 2))}`, `/papers/${issue.paperId}`, `/issues/${issue.id}`]) {
      await page.goto(path)
      await page.reload()
      await page.getByRole('heading', { level: 1 }).first().waitFor()
      expect(await notFoundHeading(page).count()).toBe(0)
    }
    await page.context().close()
  })
})

describe('reading comfort', () => {
  it('remembers the theme and the type size across a reload; the size is the reading text’s, not the chrome’s', async () => {
    const page = await open(browser, `/articles/${story.id}`)
    const sizes = () =>
      page.evaluate(() => ({
        body: parseFloat(getComputedStyle(document.querySelector('#p1')!).fontSize),
        title: parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize),
        header: parseFloat(getComputedStyle(document.querySelector('header[class*=border-b] a')!).fontSize),
        root: getComputedStyle(document.documentElement).fontSize,
      }))
    await page.locator('#p1').waitFor()
    const before = await sizes()
    await page.getByRole('button', { name: '夜间' }).click()
    await page.getByRole('button', { name: '放大字号' }).click()
    await page.reload()
    await page.getByRole('heading', { level: 1 }).waitFor()
    const look = await page.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      background: getComputedStyle(document.documentElement).backgroundColor,
    }))
    expect(look).toEqual({ theme: 'dark', background: 'rgb(28, 26, 23)' })
    expect(await page.getByRole('button', { name: '夜间' }).getAttribute('aria-pressed')).toBe('true')
    const after = await sizes()
    expect(after.body).toBeCloseTo(before.body * 1.125, 1)
    expect(after.title).toBeCloseTo(before.title * 1.125, 1)
    expect(after).toMatchObject({ header: before.header, root: before.root })
    // Seven steps in all: from the default, five more up to twice the size.
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: '放大字号' }).click()
    expect(await page.getByRole('button', { name: '放大字号' }).isDisabled()).toBe(true)
    expect((await sizes()).body).toBeCloseTo(before.body * 2, 1)
    await page.screenshot({ path: `${SHOTS}/article-dark-desktop.png`, fullPage: true })
    await page.context().close()
  })

  it('follows the system’s dark setting until the reader picks a theme', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', baseURL, serviceWorkers: 'block', colorScheme: 'dark' })
    const page = await context.newPage()
    await page.goto(`/articles/${story.id}`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
    expect(await page.getByRole('button', { name: '自动' }).getAttribute('aria-pressed')).toBe('true')
    expect(await background()).toBe('rgb(28, 26, 23)')
    await page.getByRole('button', { name: '日间' }).click()
    expect(await background()).toBe('rgb(246, 240, 226)')
    await context.close()
  })

  it('fits a 390 px phone on every view, even at a larger type size', async () => {
    const issue = catalog.issues[0]!
    const views: [string, string][] = [
      ['home', '/'],
      ['page', firstPage.path],
      ['article', `/articles/${story.id}`],
      ['paper', `/papers/${issue.paperId}`],
    ]
    const page = await open(browser, '/', PHONE)
    for (const [name, path] of views) {
      await page.goto(path)
      await page.getByRole('heading', { level: 1 }).first().waitFor()
      await expectNoHorizontalOverflow(page)
      if (name === 'page' || name === 'paper') await page.screenshot({ path: `${SHOTS}/${name}-phone.png`, fullPage: true })
    }
    await page.getByRole('button', { name: '放大字号' }).click()
    await page.getByRole('button', { name: '放大字号' }).click()
    for (const [, path] of views) {
      await page.goto(path)
      await page.getByRole('heading', { level: 1 }).first().waitFor()
      await expectNoHorizontalOverflow(page)
    }
    await page.context().close()
  })

  it('sets a page on the desktop', async () => {
    const page = await open(browser, firstPage.path)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await fontsLoaded(page)
    await page.screenshot({ path: `${SHOTS}/page-desktop.png`, fullPage: true })
    await page.context().close()
  })
})
