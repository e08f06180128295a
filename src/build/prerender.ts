// Static HTML for every article and page (版): the built index.html with the
// item's title, description, Open Graph and canonical tags, and its text inside
// the app's root, so a link opened without JavaScript, or fetched by a search
// engine or a chat app's link preview, shows the headline and the text. The app
// boots as usual and its first render replaces the root's content.
// Files are articles/<id>.html and issues/<id>/pages/<no>.html: `vite preview`
// serves /articles/<id> from articles/<id>.html, and so does a static host told
// to try "$uri.html" before the SPA fallback (README, Deploy).
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { BundleContent } from '../ingest/write.ts'
import { articleLabel, issueDateLabel, pageLabelOf } from '../lib/format.ts'
import { fullWidthPunctuation } from '../lib/typeset.ts'
import { type Article, type IssueSummary, IssueBody, LibraryIndex, type Page, type Paper, paperLabel } from '../schema/bundle.ts'
import { shardPath } from '../schema/layout.ts'
import { LATEST_PER_PAPER } from '../ingest/split.ts'

export const SITE_NAME = '版面 · 地方报纸数字阅览'

/** The app's shell, as built: what a server answers every path with that has no file of its own (the SPA fallback). */
export const APP_SHELL = 'app.html'

export interface PrerenderSite {
  /** Vite's base path, ending in '/'. */
  base: string
  /** The bundle files (paths under data/) a page's route loads first, to preload: see dataPaths. */
  data?: DataPaths
  /** The public origin (https://example.org), for absolute canonical and og:url; without it they are root-relative. */
  siteUrl?: string
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Page content is untrusted: every string that reaches the HTML, as text or as an attribute, goes through here. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!)
}

// Only names that cannot leave their folder become file names (ids are short ASCII slugs, pages 3 or A2).
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/
const SAFE_PAGE_NO = /^[A-Za-z0-9]{1,8}$/

const DESCRIPTION_CHARS = 120

/** One line of plain text, at most `max` characters: for descriptions. */
export function summary(parts: readonly (string | undefined)[], max = DESCRIPTION_CHARS): string {
  const text = parts.filter(Boolean).join(' ').replace(/\s+/g, ' ').trim()
  const chars = [...text]
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text
}

/** Where the bundle's files are: the app's route loaders fetch these, one after another, before a page shows. */
export interface DataPaths {
  /** The id-map shard of an article or issue id. */
  shard(id: string): string
  /** Whether index.json lists the issue among the latest (the app finds it there, without a shard). */
  latest(issueId: string): boolean
  /** An issue's body. */
  body(issueId: string): string | undefined
}

/** DataPaths from the bundle's files as written (index.json, issues/<id>.<hash>.json). */
export function dataPaths(files: ReadonlyMap<string, unknown>): DataPaths | undefined {
  const raw = files.get('index.json')
  if (raw === undefined) return undefined
  const index = LibraryIndex.parse(JSON.parse(typeof raw === 'string' ? raw : decoder.decode(raw as Uint8Array)))
  const bodies = new Map<string, string>()
  for (const path of files.keys()) {
    const m = /^issues\/(.+)\.[0-9a-f]+\.json$/.exec(path)
    if (m) bodies.set(m[1]!, path)
  }
  const latest = new Set(index.latest.map((i) => i.id))
  return {
    shard: (id) => shardPath(index.lookup, id),
    latest: (issueId) => latest.has(issueId),
    body: (issueId) => bodies.get(issueId),
  }
}

/**
 * Preloads of the data a route fetches before it shows (after index.json, which index.html preloads for every route):
 * the id map's shard of the article or issue (none for an issue index.json lists among the latest) and the issue's body,
 * which the shard names: fetched at once with the app's code instead of one after another. The year's issue list is not
 * among them: the issue navigation reads it after the text.
 * crossorigin: the app's fetch() is a CORS-mode request, and a preload is only used by a request of the same mode.
 */
function dataPreloads(site: PrerenderSite, issue: IssueSummary, id: string): string[] {
  const { data } = site
  if (!data) return []
  const shard = id === issue.id && data.latest(issue.id) ? undefined : data.shard(id)
  const paths = [shard, data.body(issue.id)].filter((p): p is string => Boolean(p))
  return paths.map((p) => `<link data-after-paint="preload" href="${escapeHtml(`${site.base}data/${p}`)}" as="fetch" crossorigin>`)
}

interface Head {
  title: string
  /** What a link preview shows as the headline (it names the site from og:site_name). */
  heading: string
  description: string
  /** Path under the base, without a leading slash (articles/abc). */
  path: string
  /** More tags for the head (preloads). */
  extra?: string[]
  /** og:type: an article or page is an article; the home page is the website. */
  type?: 'article' | 'website'
}

/**
 * The template's app script, its module preloads and its data preloads, held back until the page's text has painted: a
 * prerendered page is whole without the app, so nothing the app needs is asked for before the first paint, and on a slow
 * link the text does not share the line with the app's code. The tags stay in the page, inert (a script of another type,
 * links without a rel), and public/theme-init.js turns them on at the first contentful paint; with JavaScript off they do
 * nothing.
 */
export function appAfterText(template: string): string {
  return template
    .replace(/<script type="module"([^>]*?) src="([^"]+)"([^>]*)><\/script>/g, '<script type="text/plain" data-after-paint="module"$1 data-src="$2"$3></script>')
    .replace(/<link rel="modulepreload"/g, '<link data-after-paint="modulepreload"')
    .replace(/<link rel="preload"([^>]*) as="fetch"/g, '<link data-after-paint="preload"$1 as="fetch"')
}

/** The template with the item's head tags and its HTML in the root. Throws when the template lost a tag it fills. */
export function fillTemplate(template: string, head: Head, rootHtml: string, site: PrerenderSite): string {
  const url = `${site.siteUrl ? site.siteUrl.replace(/\/$/, '') : ''}${site.base}${head.path}`
  const title = escapeHtml(head.title)
  const heading = escapeHtml(head.heading)
  const description = escapeHtml(head.description)
  const tags = [
    `<link rel="canonical" href="${escapeHtml(url)}">`,
    `<meta property="og:type" content="${head.type ?? 'article'}">`,
    `<meta property="og:site_name" content="${escapeHtml(SITE_NAME)}">`,
    `<meta property="og:title" content="${heading}">`,
    `<meta property="og:description" content="${description}">`,
    `<meta property="og:url" content="${escapeHtml(url)}">`,
    `<meta property="og:locale" content="zh_CN">`,
    ...(head.extra ?? []),
  ]
  const replace = (html: string, pattern: RegExp, by: string) => {
    if (!pattern.test(html)) throw new Error(`prerender: index.html has no ${pattern.source}`)
    return html.replace(pattern, () => by)
  }
  let html = replace(appAfterText(template), /<title>[^<]*<\/title>/, `<title>${title}</title>`)
  html = replace(html, /<meta name="description" content="[^"]*"\s*\/?>/, `<meta name="description" content="${description}">`)
  html = replace(html, /<\/head>/, `${tags.join('\n')}\n</head>`)
  return replace(html, /<div id="root"><\/div>/, `<div id="root">${rootHtml}</div>`)
}

interface Printed {
  paper: Paper | undefined
  issue: IssueSummary
  page: Page
  pageNo: string
}

const paperName = (paper: Paper | undefined) => (paper ? paperLabel(paper) : '报名不详')

/** 衢州日报 2024年11月30日 第1版 要闻 */
function pageTitle({ paper, issue, page }: Printed): string {
  return [paperName(paper), issueDateLabel(issue), pageLabelOf(page), page.name].filter(Boolean).join(' ')
}

/** Text as the app shows it (highlighted.tsx): OCR's half-width punctuation between Chinese drawn full-width, escaped. */
const shown = (text: string) => escapeHtml(fullWidthPunctuation(text))

/**
 * An article as the app sets it (article-view.tsx): the same column, type sizes, leading and display punctuation, so the
 * app's first render, which replaces this, draws its text no larger; the browser then keeps this paint as the page's
 * largest (LCP). The text is shown as the app shows it; the title and description tags keep the stored text.
 */
function articleBody(article: Article, headingTag: 'h1' | 'h2', link?: string): string {
  const subheads = new Set(article.subheads ?? [])
  const title = shown(articleLabel(article))
  const size = headingTag === 'h1' ? 'text-3xl md:text-4xl' : 'text-2xl'
  const head = [
    article.kicker && `<p class="mb-1 text-sm leading-snug">${shown(article.kicker)}</p>`,
    `<${headingTag} class="${size} leading-tight font-bold">${link ? `<a href="${escapeHtml(link)}">${title}</a>` : title}</${headingTag}>`,
    article.subtitle && `<p class="mt-1.5 text-lg leading-snug">${shown(article.subtitle)}</p>`,
    article.byline && `<p class="mt-2 text-sm">${shown(article.byline)}</p>`,
  ]
  const body = [
    ...article.paragraphs.map((p, i) =>
      subheads.has(i) ? `<h3 class="font-bold">${shown(p)}</h3>` : `<p class="indent-[2em] whitespace-pre-line text-justify">${shown(p)}</p>`,
    ),
    ...(article.figures ?? []).map((f) => `<p class="text-sm">${shown([f.caption, f.credit].filter(Boolean).join(' '))}</p>`),
  ]
  return (
    `<div class="reading mt-8 text-center">${head.filter(Boolean).join('')}</div>` +
    `<div class="reading mt-4 text-lg"><div class="mt-3 space-y-2 leading-loose">${body.join('')}</div></div>`
  )
}

function shell(site: PrerenderSite, printed: Printed, inner: string): string {
  const pageLink = `${site.base}issues/${printed.issue.id}/pages/${printed.pageNo}`
  return (
    `<main id="main" class="mx-auto max-w-[40rem] px-4 py-6">` +
    `<p class="text-sm"><a href="${escapeHtml(site.base)}">版面</a> › <a href="${escapeHtml(pageLink)}">${escapeHtml(pageTitle(printed))}</a></p>` +
    `${inner}</main>`
  )
}

export function articleHtml(template: string, article: Article, printed: Printed, site: PrerenderSite): string {
  const label = articleLabel(article)
  const head = {
    title: `${label} · ${paperName(printed.paper)} · 版面`,
    heading: label,
    description: summary([article.subtitle, ...article.paragraphs.filter((_, i) => !article.subheads?.includes(i))]) || label,
    path: `articles/${article.id}`,
    extra: dataPreloads(site, printed.issue, article.id),
  }
  return fillTemplate(template, head, shell(site, printed, `<article>${articleBody(article, 'h1')}</article>`), site)
}

/** A page's stories (mastheads aside). */
const storiesOf = (printed: Printed) => printed.page.articles.filter((a) => a.kind !== 'masthead')

/** A page as the page view and the home page set it: its title as the h1, then each story linked to its own file. */
function pageStoriesHtml(printed: Printed, site: PrerenderSite): string {
  return (
    `<h1 class="my-2 text-2xl font-bold">${escapeHtml(pageTitle(printed))}</h1>` +
    storiesOf(printed)
      .map((a) => `<article class="my-6">${articleBody(a, 'h2', `${site.base}articles/${a.id}`)}</article>`)
      .join('')
  )
}

export function pageHtml(template: string, printed: Printed, site: PrerenderSite): string {
  const title = pageTitle(printed)
  const head = {
    title: `${title} · 版面`,
    heading: title,
    description: summary(storiesOf(printed).map((a) => articleLabel(a))) || title,
    path: `issues/${printed.issue.id}/pages/${printed.pageNo}`,
    extra: dataPreloads(site, printed.issue, printed.issue.id),
  }
  return fillTemplate(template, head, shell(site, printed, pageStoriesHtml(printed, site)), site)
}

const decoder = new TextDecoder()

/**
 * The app's shell for every path without a file of its own (app.html): the site's bar (wordmark and links, as
 * site-frame.tsx sets them, but no banner: that stays the app's own) and a line saying the page is loading, so a route
 * the app has to put together shows text at once on a slow link instead of a blank screen. Without JavaScript it says
 * what the reader can still do.
 */
export function appShellHtml(template: string, site: Pick<PrerenderSite, 'base'>): string {
  const link = 'inline-flex min-h-11 items-center md:min-h-0'
  const bar =
    `<div class="border-b border-ink/80 bg-paper-deep/70 print:hidden"><div class="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2 md:px-8">` +
    `<div class="flex items-baseline gap-3"><a href="${escapeHtml(site.base)}" class="${link} text-xl font-bold tracking-[0.2em] text-accent">版面</a>` +
    `<span class="text-xs tracking-widest text-muted">地方报纸数字阅览</span>` +
    `<a href="${escapeHtml(`${site.base}places`)}" class="${link} min-w-11 text-sm md:min-w-0">地区</a></div></div></div>`
  const main =
    `<div class="mx-auto w-full max-w-7xl flex-1 px-4 py-6 md:px-8"><p role="status" class="py-20 text-center tracking-[0.3em] text-muted">正在载入…</p>` +
    `<noscript><p class="text-center">此页需要启用 JavaScript；<a href="${escapeHtml(site.base)}" class="underline">首页</a>、各版与文章不启用也能阅读。</p></noscript></div>`
  if (!template.includes('<div id="root"></div>')) throw new Error('prerender: index.html has no <div id="root"></div>')
  return template.replace('<div id="root"></div>', () => `<div id="root"><div class="flex min-h-screen flex-col">${bar}${main}</div></div>`)
}

/** What the app's URLs call an issue's page: its label or number, else its position. */
const pageNoOf = (page: IssueSummary['pages'][number], index: number) => page.label ?? String(page.number ?? index + 1)

const bodyOf = (content: BundleContent, issueId: string) => {
  const raw = content.bodies.get(issueId)
  return raw instanceof Uint8Array ? IssueBody.parse(JSON.parse(decoder.decode(raw))) : raw
}

/**
 * The home page as the app opens it: the newest issue's front page, then every paper with its latest issues. The app's
 * index.html becomes this file, and the app's shell (the template as built) is written beside it as app.html, which the
 * server answers every path with that has no file of its own (the SPA fallback; vite-plugin-headers.ts, README Deploy).
 */
export function homeHtml(content: BundleContent, template: string, site: PrerenderSite): string {
  const papers = new Map(content.catalog.papers.map((p) => [p.id, p]))
  const newest = content.catalog.issues[0]
  const body = newest && SAFE_ID.test(newest.id) ? bodyOf(content, newest.id) : undefined
  const summaryPage = newest?.pages[0]
  const page = summaryPage && (body?.pages.find((p) => p.id === summaryPage.id) ?? body?.pages[0])
  const printed = newest && summaryPage && page ? { paper: papers.get(newest.paperId), issue: newest, page, pageNo: pageNoOf(summaryPage, 0) } : undefined
  const front = printed
    ? `<section aria-label="最新一期头版">${pageStoriesHtml(printed, site)}</section>`
    : `<h1 class="my-2 text-2xl font-bold">${escapeHtml(SITE_NAME)}</h1><p class="py-12 text-center">报库中还没有可阅读的期次。</p>`
  // Each paper's latest issues, in one pass over the catalog (newest first).
  const latestOf = new Map<string, IssueSummary[]>()
  for (const issue of content.catalog.issues) {
    const latest = latestOf.get(issue.paperId) ?? []
    if (latest.length < LATEST_PER_PAPER && SAFE_ID.test(issue.id)) latestOf.set(issue.paperId, [...latest, issue])
  }
  const list = content.catalog.papers.map((paper) => {
    const issues = (latestOf.get(paper.id) ?? []).map((issue) => {
      const first = issue.pages[0]
      const no = first ? pageNoOf(first, 0) : '1'
      const href = SAFE_PAGE_NO.test(no) ? `${site.base}issues/${issue.id}/pages/${no}` : `${site.base}papers/${paper.id}`
      return `<li><a href="${escapeHtml(href)}">${escapeHtml(issueDateLabel(issue))}</a></li>`
    })
    const name = SAFE_ID.test(paper.id) ? `<a href="${escapeHtml(`${site.base}papers/${paper.id}`)}">${escapeHtml(paperLabel(paper))}</a>` : escapeHtml(paperLabel(paper))
    return `<li><h3 class="text-lg font-bold">${name}</h3><ol class="mt-2 space-y-2 pl-3">${issues.join('')}</ol></li>`
  })
  const papersHtml =
    `<section aria-labelledby="issue-list-title" class="mt-12"><h2 id="issue-list-title" class="text-lg font-bold">报纸与期次</h2>` +
    `<ul class="mt-4 space-y-8">${list.join('')}</ul></section>`
  const head = {
    title: SITE_NAME,
    heading: SITE_NAME,
    description: summary([printed && pageTitle(printed), ...(printed ? storiesOf(printed).map((a) => articleLabel(a)) : [])]) || SITE_NAME,
    path: '',
    type: 'website' as const,
    extra: newest && printed ? dataPreloads(site, newest, newest.id) : [],
  }
  return fillTemplate(template, head, `<main id="main" class="mx-auto max-w-[40rem] px-4 py-6">${front}${papersHtml}</main>`, site)
}

/** Each file as [path under the output root, HTML], one issue's body read at a time. */
export function* prerenderedFiles(content: BundleContent, template: string, site: PrerenderSite): Generator<[string, string]> {
  const papers = new Map(content.catalog.papers.map((p) => [p.id, p]))
  // An id printed twice opens where the app finds it first: the newest issue (the catalog's order).
  const written = new Set<string>()
  for (const issue of content.catalog.issues) {
    const body = SAFE_ID.test(issue.id) ? bodyOf(content, issue.id) : undefined
    if (!body) continue
    for (const [index, summaryPage] of issue.pages.entries()) {
      const page = body.pages.find((p) => p.id === summaryPage.id) ?? body.pages[index]
      const pageNo = pageNoOf(summaryPage, index)
      if (!page || !SAFE_PAGE_NO.test(pageNo)) continue
      const printed = { paper: papers.get(issue.paperId), issue, page, pageNo }
      yield [`issues/${issue.id}/pages/${pageNo}.html`, pageHtml(template, printed, site)]
      for (const article of page.articles) {
        if (!SAFE_ID.test(article.id) || written.has(article.id)) continue
        written.add(article.id)
        yield [`articles/${article.id}.html`, articleHtml(template, article, printed, site)]
      }
    }
  }
}

/** Writes the files into outDir as they are made (one issue's HTML in memory at a time); returns their count and bytes. */
export function writePrerendered(content: BundleContent, template: string, outDir: string, site: PrerenderSite): { files: number; bytes: number } {
  const dirs = new Set<string>()
  let files = 0
  let bytes = 0
  for (const [path, html] of prerenderedFiles(content, template, site)) {
    const file = join(outDir, path)
    const dir = dirname(file)
    if (!dirs.has(dir)) {
      mkdirSync(dir, { recursive: true })
      dirs.add(dir)
    }
    const data = Buffer.from(html)
    writeFileSync(file, data)
    files++
    bytes += data.length
  }
  return { files, bytes }
}
