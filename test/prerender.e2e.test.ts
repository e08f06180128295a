// The static HTML the build writes per article and page: what a link-preview bot
// or a reader without JavaScript gets, and that the app still takes over when it
// runs. Also robots.txt, the favicon, and the sliced font.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fullWidthPunctuation } from '@/lib/typeset'
import { type Article, Catalog, IssueBody } from '@/schema/bundle'
import { baseURL, connect, DESKTOP, fontsLoaded, newContext, open, PHONE, SHOTS } from './e2e'

let browser: Browser
let article: Article

/** The same escaping the prerendered HTML must use for text. */
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

beforeAll(async () => {
  browser = await connect()
  // Expectations come from the bundle the app was built with.
  const catalog = Catalog.parse(await (await fetch(`${baseURL}/data/catalog.json`)).json())
  for (const issue of catalog.issues) {
    const body = IssueBody.parse(await (await fetch(`${baseURL}/data/${issue.body}`)).json())
    const found = body.pages.flatMap((p) => p.articles).find((a) => a.kind === 'news' && a.title && a.paragraphs.length > 1)
    if (found) {
      article = found
      break
    }
  }
  if (!article) throw new Error('the bundle has no news article with paragraphs')
})

afterAll(async () => {
  await browser?.close()
})

describe('prerendered HTML', () => {
  it('answers a plain request for an article with its title, Open Graph tags and text', async () => {
    const response = await fetch(`${baseURL}/articles/${article.id}`, { headers: { 'User-Agent': 'link-preview-bot', Accept: 'text/html' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await response.text()
    expect(html).toContain(`<title>${escaped(article.title)} · `)
    expect(html).toContain(`<meta property="og:title" content="${escaped(article.title)}">`)
    expect(html).toMatch(/<meta property="og:description" content="[^"]{10,}">/)
    expect(html).toContain('<meta property="og:type" content="article">')
    expect(html).toContain(`/articles/${article.id}">`) // og:url and canonical
    const first = article.paragraphs.find((_, i) => !article.subheads?.includes(i))!
    // The text as the app shows it: OCR's half-width punctuation between Chinese characters drawn full-width.
    expect(html).toContain(escaped(fullWidthPunctuation(first)))
    // The app's own script is still there to take over, held until the text has painted (public/theme-init.js).
    expect(html).toMatch(/<script type="text\/plain" data-after-paint="module"[^>]*data-src="\/assets\/index-[^"]+\.js"/)
  })

  it('shows the headline and text in a browser with JavaScript off', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', baseURL, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`/articles/${article.id}`)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(article.title)
    await expect(page.getByText(fullWidthPunctuation(article.paragraphs.at(-1)!), { exact: true }).isVisible()).resolves.toBe(true)
    await page.screenshot({ path: `${SHOTS}/article-no-js-phone.png`, fullPage: true })
    await context.close()
  })

  it('is replaced by the app when JavaScript runs: one headline, the normal article view', async () => {
    const page = await open(browser, `/articles/${article.id}`)
    await page.getByRole('group', { name: '文章工具' }).waitFor()
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(article.title)
    const first = article.paragraphs.find((_, i) => !article.subheads?.includes(i))!
    // The app sets OCR's half-width punctuation full-width for display (the stored text keeps it).
    expect(await page.locator('p', { hasText: fullWidthPunctuation(first).slice(0, 12) }).count()).toBe(1)
    expect(await page.locator('#root > main#main').count()).toBe(0)
    // Nothing of the app was asked for before the text had painted: its code and data came after the first paint.
    const timing = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
      app: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => /\/assets\/.+\.js$|\/data\//.test(r.name))
        .map((r) => r.startTime),
    }))
    expect(timing.app.length).toBeGreaterThan(2)
    expect(Math.min(...timing.app)).toBeGreaterThanOrEqual(timing.paint)
    await page.context().close()
  })

  it('keeps its text on screen while the app waits for slow data, never swapped for 正在排版…, and loads the web font after the app', async () => {
    const context = await newContext(browser, PHONE)
    // The issue's body answers after 2.5 s, longer than the router waits before it shows its pending line.
    await context.route('**/data/issues/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2500))
      await route.fallback()
    })
    await context.addInitScript(() => {
      const seen: string[] = []
      ;(window as unknown as { __seen: string[] }).__seen = seen
      let shown = false
      new MutationObserver(() => {
        const text = document.getElementById('root')?.textContent ?? ''
        if (text.includes('正在排版')) seen.push('pending')
        if (shown && !text.trim()) seen.push('empty')
        shown ||= text.trim() !== ''
      }).observe(document, { childList: true, subtree: true, characterData: true })
    })
    const page = await context.newPage()
    const fonts: string[] = []
    page.on('request', (request) => void (request.resourceType() === 'font' && fonts.push(request.url())))
    await page.goto(`/articles/${article.id}`)
    // While the app waits for its data the prerendered text shows in the system's font: the web font's slices wait too.
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.waitForTimeout(1000)
    expect(await page.evaluate(() => document.documentElement.dataset.fonts)).toBe('wait')
    expect(fonts).toEqual([])
    await page.getByRole('group', { name: '文章工具' }).waitFor()
    expect(await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual([])
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(article.title)
    // Once the app has rendered, they apply.
    await page.locator('html[data-fonts="on"]').waitFor({ state: 'attached' })
    await context.close()
  })

  it('serves a page (版) the same way', async () => {
    const catalog = Catalog.parse(await (await fetch(`${baseURL}/data/catalog.json`)).json())
    const issue = catalog.issues[0]!
    const html = await (await fetch(`${baseURL}/issues/${issue.id}/pages/${issue.pages[0]!.label ?? issue.pages[0]!.number ?? 1}`)).text()
    expect(html).toMatch(/<meta property="og:title" content="[^"]+第[^"]+版/)
    const headline = issue.pages[0]!.articles.find((a) => a.kind !== 'masthead' && a.title)!
    expect(html).toContain(`>${escaped(headline.title)}</a></h2>`)
  })

  it('leaves every other path to the app (the SPA fallback), a folder of prerendered files included', async () => {
    const catalog = Catalog.parse(await (await fetch(`${baseURL}/data/catalog.json`)).json())
    for (const path of ['/places', '/search?q=%E8%A1%A2%E5%B7%9E', `/issues/${catalog.issues[0]!.id}`, '/papers/nosuchpaper']) {
      const html = await (await fetch(`${baseURL}${path}`)).text()
      // The app's shell: the site's bar and a loading line, no page content of its own.
      expect(html, path).toMatch(/<div id="root"><div class="flex min-h-screen flex-col">.*<p role="status"[^>]*>正在载入…<\/p>/)
      expect(html, path).not.toContain('<article')
      expect(html, path).toContain('<title>版面 · 地方报纸数字阅览</title>')
    }
  })

  it('answers the home page with the newest front page and the papers, which the app takes over', async () => {
    const catalog = Catalog.parse(await (await fetch(`${baseURL}/data/catalog.json`)).json())
    const newest = catalog.issues[0]!
    const headline = newest.pages[0]!.articles.find((a) => a.kind !== 'masthead' && a.title)!
    const html = await (await fetch(`${baseURL}/`)).text()
    expect(html).toContain(`>${escaped(fullWidthPunctuation(headline.title))}</a></h2>`)
    for (const paper of catalog.papers) expect(html).toContain(`<a href="/papers/${paper.id}">`)
    expect(html).toContain('<meta property="og:type" content="website">')
    // With JavaScript the app replaces it: its own header, one h1, and the home page's list of papers.
    const page = await open(browser, '/', PHONE)
    await page.getByRole('heading', { name: '报纸与期次' }).waitFor()
    expect(await page.locator('#root > main#main').count()).toBe(0)
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1)
    await page.context().close()
  })
})

describe('site files', () => {
  it('serves robots.txt as text and the favicon as an image', async () => {
    const robots = await fetch(`${baseURL}/robots.txt`)
    expect(robots.headers.get('content-type')).toMatch(/^text\/plain/)
    expect(await robots.text()).toMatch(/^User-agent: \*/m)
    const icon = await fetch(`${baseURL}/favicon.svg`)
    expect(icon.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
    const manifest = (await (await fetch(`${baseURL}/manifest.webmanifest`)).json()) as { icons: { src: string }[] }
    expect(manifest.icons.length).toBeGreaterThan(0)
    for (const { src } of manifest.icons) expect((await fetch(`${baseURL}${src}`)).headers.get('content-type')).toMatch(/^image\//)
  })
})

describe('sliced font', () => {
  it('swaps the web font in once, when every slice the page’s text needs has loaded, not slice by slice', async () => {
    const context = await newContext(browser, PHONE)
    await context.addInitScript(() => {
      const log: { value: string | undefined; body: boolean; bold: boolean; later: number; laterOnScreen: number }[] = []
      ;(window as unknown as { __fonts: typeof log }).__fonts = log
      // Faces of the document that load while the text waits: each re-sets every line of the page as it arrives.
      const loadingWhileWaiting: string[] = []
      ;(window as unknown as { __loadingWhileWaiting: string[] }).__loadingWhileWaiting = loadingWhileWaiting
      const watch = setInterval(() => {
        const value = document.documentElement.dataset.fonts
        if (value === 'swap' || value === 'on') return clearInterval(watch)
        if (value === 'wait') for (const face of document.fonts) if (face.family.includes('Banmian') && face.status !== 'unloaded') loadingWhileWaiting.push(face.status)
      }, 5)
      new MutationObserver(() => {
        const main = document.querySelector('main')
        const bold = [...(main?.querySelectorAll('h1, h2, h3') ?? [])].map((h) => h.textContent).join('')
        log.push({
          value: document.documentElement.dataset.fonts,
          body: document.fonts.check('400 16px "Banmian Serif"', main?.textContent ?? ''),
          bold: document.fonts.check('700 16px "Banmian Serif"', bold),
          later: document.querySelectorAll('[data-font-later]').length,
          laterOnScreen: [...document.querySelectorAll('[data-font-later]')].filter((el) => {
            const box = el.getBoundingClientRect()
            return box.bottom > 0 && box.top < innerHeight
          }).length,
        })
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-fonts'] })
    })
    const page = await context.newPage()
    await page.goto(`/articles/${article.id}`)
    await page.getByRole('group', { name: '文章工具' }).waitFor()
    await page.locator('html[data-fonts="on"]').waitFor({ state: 'attached' })
    const log = await page.evaluate(() => (window as unknown as { __fonts: Record<string, unknown>[] }).__fonts)
    // The system's font until then (data-fonts="wait", set before the first paint), then the web font: on screen at once
    // (swap), below it block by block, and on (the whole page) once. Every slice had loaded before the first change.
    expect(log.map((l) => l.value)).toEqual(['wait', 'swap', 'on'])
    expect(log[1]).toMatchObject({ value: 'swap', body: true, bold: true, laterOnScreen: 0 })
    // The article runs on below a phone's first screen: that text swaps later, in blocks.
    expect(log[1]!.later).toBeGreaterThan(1)
    // The slices were loaded outside the document and added with the swap: none loaded as the document's own before it.
    expect(await page.evaluate(() => (window as unknown as { __loadingWhileWaiting: string[] }).__loadingWhileWaiting)).toEqual([])
    const families = await page.evaluate(() => [...document.querySelectorAll('main p')].map((p) => getComputedStyle(p).fontFamily))
    expect(families.length).toBeGreaterThan(1)
    for (const family of families) expect(family).toMatch(/^"Banmian Serif"/)
    expect(await page.locator('[data-font-later]').count()).toBe(0)
    await context.close()
  })

  it('loads only the slices a page uses, from our own origin, and renders its text with them', async () => {
    const context = await newContext(browser, DESKTOP)
    const page = await context.newPage()
    const slices: string[] = []
    page.on('request', (r) => {
      if (r.url().endsWith('.woff2')) slices.push(r.url())
    })
    const response = await page.goto(`/articles/${article.id}`)
    // The fonts' stylesheet does not hold back the first paint: it comes as a print sheet, turned on once the page has painted.
    expect(await response!.text()).toMatch(/<link rel="stylesheet" href="\/assets\/banmian-fonts-[0-9a-f]+\.css" media="print" id="banmian-fonts">/)
    await page.getByRole('group', { name: '文章工具' }).waitFor()
    await fontsLoaded(page)
    // Its faces are loaded by script outside the document and added together: the sheet itself stays a print sheet.
    expect(await page.locator('link#banmian-fonts').getAttribute('media')).toBe('print')
    const fonts = await page.evaluate(async (sample) => {
      const faces = [...document.fonts].filter((f) => f.family.includes('Banmian Serif'))
      return { faces: faces.length, loaded: faces.filter((f) => f.status === 'loaded').length, covers: document.fonts.check('16px "Banmian Serif"', sample) }
    }, article.title + article.paragraphs[0]!)
    expect(fonts.covers).toBe(true)
    expect(fonts.loaded).toBeGreaterThan(0)
    expect(fonts.loaded).toBeLessThan(fonts.faces)
    expect(slices.length).toBe(fonts.loaded)
    expect(slices.every((url) => url.startsWith(`${baseURL}/assets/banmian-serif-`))).toBe(true)
    await context.close()
  })
})
