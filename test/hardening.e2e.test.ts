// Hardening in Chromium: the security headers and the app working under its
// Content-Security-Policy, offline reading of a visited article, and page text
// full of markup that must render as text.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { type PreviewServer, preview } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Catalog, IssueBody } from '@/schema/bundle'
import { baseURL, connect, DESKTOP, newContext, SHOTS } from './e2e'

let browser: Browser
let catalog: Catalog

beforeAll(async () => {
  browser = await connect()
  catalog = Catalog.parse(await (await fetch(`${baseURL}/data/catalog.json`)).json())
})
afterAll(async () => {
  await browser?.close()
})

/** The first story with a headline and a body in the built bundle. */
async function aStory(root: string, cat: Catalog): Promise<{ id: string; title: string }> {
  for (const issue of cat.issues) {
    const body = IssueBody.parse(await (await fetch(`${root}/data/${issue.body}`)).json())
    const story = body.pages.flatMap((p) => p.articles).find((a) => a.kind === 'news' && a.title && a.paragraphs.length)
    if (story) return story
  }
  throw new Error('no story in the bundle')
}

/** Console messages about the Content-Security-Policy blocking something. */
function cspViolations(page: Page): string[] {
  const found: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) found.push(m.text())
  })
  return found
}

describe('security headers', () => {
  it('serves a CSP without inline scripts, nosniff, a referrer policy, and long caching only for hashed files', async () => {
    const home = await fetch(`${baseURL}/`)
    const csp = home.headers.get('content-security-policy') ?? ''
    expect(csp).toMatch(/script-src 'self'(;|$)/)
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(home.headers.get('x-content-type-options')).toBe('nosniff')
    expect(home.headers.get('referrer-policy')).toBeTruthy()
    expect(home.headers.get('cache-control')).toBe('no-cache')
    const script = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(await home.text())?.[1]
    expect(script).toBeDefined()
    expect((await fetch(`${baseURL}${script}`)).headers.get('cache-control')).toContain('immutable')
    expect((await fetch(`${baseURL}/data/catalog.json`)).headers.get('cache-control')).toBe('no-cache')
    expect((await fetch(`${baseURL}/data/${catalog.issues[0]!.body}`)).headers.get('cache-control')).toContain('immutable')
    // A missing bundle file is a 404, not the app's index.html.
    expect((await fetch(`${baseURL}/data/issues/nope.0123456789.json`)).status).toBe(404)
    expect(await (await fetch(`${baseURL}/data/%2e%2e/package.json`)).text()).not.toContain('"devDependencies"')
  })

  it('works under that policy: home, a page and an article render with no violation', async () => {
    const story = await aStory(baseURL, catalog)
    const page = await (await newContext(browser)).newPage()
    const violations = cspViolations(page)
    await page.goto('/')
    await expect.poll(() => page.getByRole('heading', { level: 1 }).count(), { timeout: 10_000 }).toBeGreaterThan(0)
    await page.goto(`/articles/${story.id}`)
    await page.getByRole('heading', { level: 1, name: story.title }).waitFor()
    expect(violations).toEqual([])
  })
})

describe('offline', () => {
  it('reloads a visited article with the network off, and says it is offline', async () => {
    const story = await aStory(baseURL, catalog)
    const context = await newContext(browser, DESKTOP, { serviceWorkers: true })
    const page = await context.newPage()
    await page.goto(`/articles/${story.id}`)
    await page.getByRole('heading', { level: 1, name: story.title }).waitFor()
    // Wait until the service worker controls the page, then load once more so the data passes through it.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }))
    })
    await page.reload()
    await page.getByRole('heading', { level: 1, name: story.title }).waitFor()
    await context.setOffline(true)
    await page.reload()
    await page.getByRole('heading', { level: 1, name: story.title }).waitFor()
    await expect.poll(() => page.getByRole('status').filter({ hasText: '离线' }).count()).toBeGreaterThan(0)
    await page.screenshot({ path: `${SHOTS}/offline-article.png` })
    await context.close()
  })
})

describe('markup in page text', () => {
  const HOSTILE = [
    '测试日报',
    '2024年6月1日 星期六 第1版',
    '<script>window.__xss = 1</script>标题里的脚本',
    '本报讯(记者 张三)正文里有<img src=x onerror="window.__xss=2">图片标签，还有javascript:alert(1)链接文字和&lt;b&gt;实体&amp;。',
    '<a href="javascript:window.__xss=3">点我</a>也只是文字。',
  ].join('\n\n')
  let dir: string
  let server: PreviewServer
  let root: string

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'banmian-xss-'))
    writeFileSync(join(dir, 'page.txt'), HOSTILE)
    const outDir = join(dir, 'dist')
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--logLevel', 'warn'], {
      env: { ...process.env, BANMIAN_SEEDS_DIR: dir },
      stdio: 'inherit',
    })
    server = await preview({ build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: true }, logLevel: 'warn' })
    root = (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '')
  }, 120_000)
  afterAll(async () => {
    await server?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('renders script tags, event handlers, javascript: URLs and entities as text', async () => {
    const cat = Catalog.parse(JSON.parse(readFileSync(join(dir, 'dist/data/catalog.json'), 'utf8')))
    const story = await aStory(root, cat)
    const page = await (await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN', serviceWorkers: 'block' })).newPage()
    const dialogs: string[] = []
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    await page.goto(`${root}/articles/${story.id}`)
    // The app's article view (its tools), not the prerendered HTML it takes over.
    await page.getByRole('group', { name: '文章工具' }).waitFor()
    const text = await page.locator('main').innerText()
    // The headline's parts may be split at its spaces; every character stays, as text.
    expect(text).toContain('<script>window.__xss')
    expect(text).toContain('</script>标题里的脚本')
    expect(text).toContain('<img src=x onerror="window.__xss=2">')
    expect(text).toContain('&lt;b&gt;实体&amp;')
    expect(await page.locator('main img, main script, main a[href^="javascript:"]').count()).toBe(0)
    for (const link of await page.locator('a[href]').all()) expect(await link.getAttribute('href')).not.toMatch(/^javascript:/i)
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
    expect(dialogs).toEqual([])
    await page.goto(`${root}/issues/${cat.issues[0]!.id}/pages/1`)
    await page.getByText('标题里的脚本').first().waitFor()
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
  }, 60_000)
})
