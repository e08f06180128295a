import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { archiveFixture } from '../../test/archive-fixture.ts'
import { type Article, BUNDLE_VERSION, type IssueBody, LibraryIndex } from '../schema/bundle.ts'
import { shardPath } from '../schema/layout.ts'
import { readBundleDir } from './bundle-files.ts'
import { type BundleContent, bundleFiles } from '../ingest/write.ts'
import { appShellHtml, dataPaths, escapeHtml, homeHtml, prerenderedFiles, summary, writePrerendered } from './prerender.ts'

const TEMPLATE = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta name="description" content="版面 — 地方报纸数字阅览" />
    <title>版面 · 地方报纸数字阅览</title>
    <script type="module" src="/assets/index.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/route.js">
    <link rel="preload" href="/data/index.json" as="fetch" crossorigin>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`

const site = { base: '/', siteUrl: 'https://banmian.example' }

async function fixture() {
  return readBundleDir('test/fixtures/bundle')
}

/** The prerendered HTML of the newest issue's first story, with `edit` made to it first. */
async function articleEdited(edit: Partial<Article>): Promise<string> {
  const content = await fixture()
  const issue = content.catalog.issues[0]!
  const body = structuredClone(content.bodies.get(issue.id)!) as IssueBody
  const article = body.pages[0]!.articles.find((a) => a.kind !== 'masthead')!
  Object.assign(article, edit)
  content.bodies.set(issue.id, body)
  return new Map(prerenderedFiles(content, TEMPLATE, site)).get(`articles/${article.id}.html`)!
}

describe('prerender', () => {
  it('writes one HTML file per page and per article, with its title, description, Open Graph tags and text', async () => {
    const content = await fixture()
    const files = new Map(prerenderedFiles(content, TEMPLATE, site))
    const issue = content.catalog.issues[0]!
    const article = content.bodies.get(issue.id)!.pages[0]!.articles.find((a) => a.kind === 'news' && a.title && a.paragraphs.length)!
    const html = files.get(`articles/${article.id}.html`)!
    expect(html).toContain(`<title>${escapeHtml(article.title)} · `)
    expect(html).toContain(`<meta property="og:title" content="${escapeHtml(article.title)}">`)
    expect(html).toContain(`<meta property="og:description" content="${escapeHtml(summary([article.subtitle, article.paragraphs[0]]).slice(0, 20))}`)
    expect(html).toContain('<meta property="og:type" content="article">')
    expect(html).toContain(`<meta property="og:url" content="https://banmian.example/articles/${article.id}">`)
    expect(html).toContain(`<link rel="canonical" href="https://banmian.example/articles/${article.id}">`)
    expect(html).toContain('<meta property="og:site_name" content="版面 · 地方报纸数字阅览">')
    expect(html).toMatch(/<div id="root"><main id="main"[^>]*>.*<h1[^>]*>/)
    expect(html).toContain(escapeHtml(article.paragraphs[0]!))
    // The template's own title and description are replaced, not doubled.
    expect(html.match(/<title>/g)).toHaveLength(1)
    expect(html.match(/name="description"/g)).toHaveLength(1)
    // The app still takes the page over: its code and data are held inert until the text has painted (theme-init.js).
    expect(html).toContain('<script type="text/plain" data-after-paint="module" data-src="/assets/index.js"></script>')
    expect(html).toContain('<link data-after-paint="modulepreload" crossorigin href="/assets/route.js">')
    expect(html).toContain('<link data-after-paint="preload" href="/data/index.json" as="fetch" crossorigin>')
    expect(html).not.toMatch(/<script type="module"|rel="(module)?preload"/)

    const page = files.get(`issues/${issue.id}/pages/1.html`)!
    expect(page).toContain('第1版')
    expect(page).toContain(`<a href="/articles/${article.id}">`)
    expect(page).toContain(`<link rel="canonical" href="https://banmian.example/issues/${issue.id}/pages/1">`)
  })

  it('preloads the data its route fetches first: the id map’s shard that names it and its issue body, not the year list', () => {
    const content = archiveFixture(['2022-12-31', '2023-06-01', '2024-01-01', '2024-06-01', '2024-11-30'])
    const files = bundleFiles(content)
    const html = new Map(prerenderedFiles(content, TEMPLATE, { ...site, data: dataPaths(files) }))
    const preloads = (path: string) =>
      [...html.get(path)!.matchAll(/<link data-after-paint="preload" href="\/data\/([^"]+)" as="fetch"[^>]*>/g)].map((m) => m[1]!).filter((p) => p !== 'index.json')
    const read = (path: string) => JSON.parse(String(files.get(path))) as Record<string, Record<string, unknown>>
    const index = LibraryIndex.parse(read('index.json'))
    for (const issue of content.catalog.issues) {
      const article = content.bodies.get(issue.id)!.pages[0]!.articles[0]!
      const [shard, body, ...more] = preloads(`articles/${article.id}.html`)
      expect(read(shard!).articles).toHaveProperty(article.id)
      expect(body).toMatch(new RegExp(`^issues/${issue.id}\\.[0-9a-f]+\\.json$`))
      expect(files.has(body!)).toBe(true)
      expect(more).toEqual([])
      // A page of an issue index.json lists among the latest needs no shard: the app finds the issue there.
      const latest = index.latest.some((i) => i.id === issue.id)
      expect(preloads(`issues/${issue.id}/pages/1.html`)).toEqual(latest ? [body] : [shardPath(index.lookup, issue.id), body])
    }
    expect(content.catalog.issues.filter((i) => !index.latest.some((l) => l.id === i.id)).length).toBeGreaterThan(0)
    // Without the bundle's paths (a caller that gives none), no preloads.
    const first = content.bodies.get(content.catalog.issues[0]!.id)!.pages[0]!.articles[0]!
    expect(new Map(prerenderedFiles(content, TEMPLATE, site)).get(`articles/${first.id}.html`)).not.toMatch(/data-after-paint="preload" href="\/data\/(?!index.json)/)
  })

  it('escapes page content everywhere it lands', async () => {
    const html = await articleEdited({ title: '"><script>alert(1)</script>', paragraphs: ["<img src=x onerror=alert(1)> & 'quoted'"] })
    expect(html).not.toContain('<script>alert')
    expect(html).not.toContain('<img')
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &#39;quoted&#39;')
  })

  it('shows the text as the app does, OCR half-width punctuation full-width, and keeps the stored text in its tags', async () => {
    const html = await articleEdited({ title: '甲地,乙地联动', paragraphs: ['本报讯(记者 张三)甲地,乙地开展活动;时间10:30。', '一行\n二行'], subheads: [] })
    expect(html).toContain('>甲地，乙地联动</h1>')
    expect(html).toContain('>本报讯（记者 张三）甲地，乙地开展活动；时间10:30。</p>')
    // A paragraph's own line breaks show, as in the app.
    expect(html).toMatch(/<p class="[^"]*whitespace-pre-line[^"]*">一行\n二行<\/p>/)
    expect(html).toContain('<meta property="og:title" content="甲地,乙地联动">')
    expect(html).toContain('本报讯(记者 张三)甲地,乙地')
  })

  it('writes the home page: the newest front page with its stories, then every paper with its latest issues', async () => {
    const content = await fixture()
    const files = bundleFiles(content)
    const html = homeHtml(content, TEMPLATE, { ...site, data: dataPaths(files) })
    const newest = content.catalog.issues[0]!
    const front = content.bodies.get(newest.id)!.pages[0]!
    const story = front.articles.find((a) => a.kind !== 'masthead' && a.title)!
    expect(html).toMatch(/<div id="root"><main id="main"[^>]*><section aria-label="最新一期头版"><h1[^>]*>[^<]*第1版/)
    expect(html).toContain(`<a href="/articles/${story.id}">${escapeHtml(story.title)}</a></h2>`)
    for (const paper of content.catalog.papers) expect(html).toContain(`<a href="/papers/${paper.id}">`)
    expect(html).toContain(`<a href="/issues/${newest.id}/pages/1">`)
    expect(html).toContain('<meta property="og:type" content="website">')
    expect(html).toContain('<link rel="canonical" href="https://banmian.example/">')
    // The data the home route loads after index.json: the newest issue's body (index.json lists the issue itself).
    expect(html).toMatch(new RegExp(`<link data-after-paint="preload" href="/data/issues/${newest.id}\\.[0-9a-f]+\\.json"`))
    expect(html.match(/<title>/g)).toHaveLength(1)
  })

  it('writes a home page for an empty library that says so', () => {
    const empty: BundleContent = { catalog: { version: BUNDLE_VERSION, papers: [], places: [], issues: [], warnings: [] }, bodies: new Map() }
    const html = homeHtml(empty, TEMPLATE, site)
    expect(html).toContain('报库中还没有可阅读的期次。')
    expect(html).toContain('<h1')
  })

  it('writes the app’s shell with the site’s bar and a loading line, and says what works without JavaScript', () => {
    const html = appShellHtml(TEMPLATE, { base: '/' })
    expect(html).toMatch(/<div id="root">.*<a href="\/"[^>]*>版面<\/a>.*<a href="\/places"[^>]*>地区<\/a>/)
    expect(html).toContain('<p role="status" class="py-20 text-center tracking-[0.3em] text-muted">正在载入…</p>')
    expect(html).toMatch(/<noscript>.*启用 JavaScript.*<\/noscript>/)
    // No banner: the header stays the app's own, the sign that it has taken the page over.
    expect(html).not.toContain('<header')
    expect(html.match(/<title>/g)).toHaveLength(1)
    expect(() => appShellHtml(TEMPLATE.replace('<div id="root"></div>', ''), { base: '/' })).toThrow(/root/)
  })

  it('never writes a file for an id that could leave its folder', async () => {
    const content = await fixture()
    const issue = content.catalog.issues[0]!
    const body = structuredClone(content.bodies.get(issue.id)!) as IssueBody
    body.pages[0]!.articles[0]!.id = '../../etc'
    content.bodies.set(issue.id, body)
    const paths = [...prerenderedFiles(content, TEMPLATE, site)].map(([path]) => path)
    expect(paths.every((p) => /^(articles\/[A-Za-z0-9_-]+|issues\/[A-Za-z0-9_-]+\/pages\/[A-Za-z0-9]+)\.html$/.test(p))).toBe(true)
  })

  it('gives root-relative canonical links without a site URL, and stops on a template it cannot fill', async () => {
    const content = await fixture()
    const [path, html] = prerenderedFiles(content, TEMPLATE, { base: '/' }).next().value!
    expect(html).toContain(`<link rel="canonical" href="/${path.replace(/\.html$/, '')}">`)
    expect(() => prerenderedFiles(content, TEMPLATE.replace('<div id="root"></div>', ''), site).next()).toThrow(/root/)
  })

  it('cuts descriptions to one short line', () => {
    expect(summary(['一\n二', undefined, '三'])).toBe('一 二 三')
    expect([...summary(['字'.repeat(300)])]).toHaveLength(120)
  })

  it('writes the files to disk and counts them', async () => {
    const content = await fixture()
    const dir = await mkdtemp(join(tmpdir(), 'prerender-'))
    try {
      const { files, bytes } = writePrerendered(content, TEMPLATE, dir, site)
      const expected = [...prerenderedFiles(content, TEMPLATE, site)]
      expect(files).toBe(expected.length)
      expect(bytes).toBe(expected.reduce((n, [, html]) => n + Buffer.byteLength(html), 0))
      const [path, html] = expected[0]!
      expect(await readFile(join(dir, path), 'utf8')).toBe(html)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
