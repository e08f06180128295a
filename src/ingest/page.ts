// One page file → page draft: decode, explicit metadata, units, drafts,
// articles, page metadata (printed, explicit or inferred), nothing-lost check.
import type { Article, PageMeta, Provenance } from '../schema/bundle'
import { type ArticleDraft, articleDraft, buildArticle } from './article'
import { toUnits, withoutMarkup } from './blocks'
import { decode, type Encoding } from './decode'
import { type ExplicitMeta, parseSidecar, splitFrontMatter } from './explicit-meta'
import { type FoundText, inferLocality, placeNamed } from './locality'
import { furnitureAuthors, readPrinted } from './epaper'
import { readNameplate } from './masthead'
import { paperFromLatinName } from './nameplate'
import { fallbackWarnings } from './fallbacks'
import { forgetLines } from './line-memo'
import { restitchAcrossArticles } from './restitch'
import { settlePageKinds } from './kind'
import { segment } from './segment'
import { foldListings, settleTitlesByEcho } from './title-echo'
import { atSourceLines, unwrap } from './unwrap'
import { paperReach } from './paper-reach'
import { photoAtHome } from './photo-place'
import { findMentions } from './place-index'
import { articleText, pageAreas, tagPlaces } from './places'
import { missingCharacters, pageDesignation } from './text'

export interface PageDraft {
  sourceFile: string
  encoding: Encoding
  meta: PageMeta
  /** Front matter exactly as written (empty when none). */
  frontMatter: string
  articles: ArticleDraft[]
}

export interface Problem {
  file: string
  line: number
  message: string
}

const YEAR_MENTION = /(?<![0-9])((?:19|20)\d{2})\s*年/g

const WEEKDAYS = '日一二三四五六'

/**
 * A masthead's month and day without a year (11月30日 星期六) → the full date, when the weekday settles the year: of the
 * latest year the text mentions and the year after (a January page may still look back), exactly one must fall on it.
 */
function dateFromWeekday(monthDay: string, weekday: string | undefined, latestYear: number | undefined): string | undefined {
  const day = weekday ? WEEKDAYS.indexOf(weekday.slice(-1).replace('天', '日')) : -1
  if (day < 0 || latestYear === undefined) return undefined
  const [month, date] = monthDay.split('-').map(Number) as [number, number]
  const fits = [latestYear, latestYear + 1].filter((y) => {
    const d = new Date(Date.UTC(y, month - 1, date))
    return d.getUTCMonth() === month - 1 && d.getUTCDay() === day
  })
  return fits.length === 1 ? `${fits[0]}-${monthDay}` : undefined
}

function inferYear(text: string): number | undefined {
  const now = new Date().getFullYear()
  const years = [...text.matchAll(YEAR_MENTION)].map((m) => Number(m[1])).filter((y) => y >= 1949 && y <= now + 1)
  return years.length ? Math.max(...years) : undefined
}

/** A date in a file's path, as archives name scans (qzrb_20241130_01.txt, 2024-11-30/a2.txt, 2024/12/02/…): year 1900–2099, valid month and day. */
const PATH_DATE = /(?<!\d)((?:19|20)\d{2})[-_./\\]?(0[1-9]|1[0-2])[-_./\\]?(0[1-9]|[12]\d|3[01])(?!\d)/
/** A page in a file's name, spelled out: 第3版, 3版, A02版, p3, page-3, pageA2. */
const PATH_PAGE = /(?:(?<![\dA-Za-z])第?([A-Z]?)0*([1-9]\d{0,2})版|(?<![A-Za-z])(?:p|page)[-_]?([A-Z]?)0*([1-9]\d{0,2})(?!\d))/i

/** Date, page and paper a file's path names, for a page that prints none of them. */
export function metaFromPath(file: string): { date?: string; pageNumber?: number; pageLabel?: string; paper?: string } {
  const date = file.match(PATH_DATE)
  const folders = file.split(/[\\/]/)
  const page = (folders.pop() ?? file).match(PATH_PAGE)
  const named = page ? pageDesignation(page[2] ?? page[4] ?? '', (page[1] || page[3] || '').toUpperCase() || undefined) : undefined
  const valid = date && new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]))).getUTCDate() === Number(date[3])
  // A folder named like a paper (衢州日报/2024-11-30/…), the nearest first.
  const folder = folders.reverse().find((f) => readNameplate(f)?.paper)
  return {
    date: valid ? `${date[1]}-${date[2]}-${date[3]}` : undefined,
    pageNumber: named && !named.label ? named.number : undefined,
    pageLabel: named?.label,
    paper: folder,
  }
}

/** A newspaper house publishing the page: 某某日报社出版 → 某某日报 (not a magazine's or a press's 某某出版社). */
const PUBLISHED_BY = /^([\u4e00-\u9fff]{2,10}?(?:日报|晚报|时报|商报|都市报|报))社出版$/

function buildMeta(articles: ArticleDraft[], explicit: ExplicitMeta, text: string, found: FoundText[], file = ''): { meta: PageMeta; home?: string } {
  // The masthead and furniture lines, and a site's line under a title that names the author (kept as its byline).
  const furniture = articles.map((a) => (a.kind === 'masthead' ? a.paragraphs : (a.byline?.split('\n').filter((line) => furnitureAuthors(line)) ?? [])))
  const { fields: printed, epaper } = readPrinted(furniture.filter((lines) => lines.length))
  const provenance: Record<string, Provenance> = {}
  const basis: Record<string, string> = {}
  const meta: PageMeta = { provenance, basis }
  const set = <K extends keyof PageMeta>(key: K, value: PageMeta[K] | undefined, how: Provenance, why?: string) => {
    if (value === undefined || meta[key] !== undefined) return
    meta[key] = value
    provenance[key] = how
    if (why) basis[key] = why
  }
  for (const [k, v] of Object.entries(explicit)) set(k as keyof PageMeta, v as never, 'explicit')
  const { paperLatin, monthDay, ...fields } = printed
  // A page given explicitly, as a number or a label, beats the page the masthead prints in either form.
  if (explicit.pageNumber !== undefined || explicit.pageLabel !== undefined) {
    delete fields.pageNumber
    delete fields.pageLabel
  }
  for (const [k, v] of Object.entries(fields)) set(k as keyof PageMeta, v as never, 'masthead')
  const fromLatin = paperLatin && !meta.paper ? paperFromLatinName(paperLatin) : undefined
  if (fromLatin) set('paper', fromLatin.paper, 'inferred', `由报头英文名 ${paperLatin} 推断`)
  // The paper's publisher as the masthead prints it (某某日报社出版): the paper bears the house's name.
  const house = meta.paper ? undefined : PUBLISHED_BY.exec(meta.publisher ?? '')?.[1]
  if (house) set('paper', house, 'inferred', `由报头“${meta.publisher}”推断`)
  const fromPath = metaFromPath(file)
  if (fromPath.paper) set('paper', fromPath.paper, 'inferred', `由文件夹名“${fromPath.paper}”推断`)
  // A paper printing only a Latin name that names no city (Moumou Post) goes by that name, as printed.
  if (paperLatin) set('paper', paperLatin, 'masthead')
  const reach = paperReach(meta)
  const guess = meta.locality || reach ? undefined : inferLocality(text, found)
  // A national or provincial paper has no home division; the basis says why there is none. A provincial paper's
  // province still reads its 我省 and its short place names.
  const province = reach?.scope === 'province' ? reach.place : guess?.place.level === 'province' ? guess.place : undefined
  if (reach?.scope === 'local') set('locality', reach.place.name, 'masthead', reach.basis)
  else if (guess && !province) set('locality', guess.place.name, 'inferred', guess.basis)
  else if ((reach ?? guess) && meta.locality === undefined) basis.locality = (reach ?? guess)?.basis ?? ''
  const place = (reach?.scope === 'local' ? reach.place : undefined) ?? (province ? undefined : guess?.place) ?? (meta.locality ? placeNamed(meta.locality) : undefined)
  if (place && place.name === meta.locality) set('localityCode', place.code, provenance.locality ?? 'inferred')
  // What the paper's own voice refers to in the tags: its home division, or a provincial paper's province.
  const home = meta.localityCode ?? province?.code
  // What the file's path names fills what the page does not print (before guessing the front page below).
  if (fromPath.date) set('date', fromPath.date, 'inferred', `由文件名“${file}”推断`)
  if (meta.pageNumber === undefined && meta.pageLabel === undefined) {
    set('pageNumber', fromPath.pageNumber, 'inferred', `由文件名“${file}”推断`)
    set('pageLabel', fromPath.pageLabel, 'inferred', `由文件名“${file}”推断`)
  }
  // A nameplate with the date line is printed on the front page only (an e-paper site heads every page with them).
  if (meta.paper && printed.date && !epaper && meta.pageNumber === undefined && meta.pageLabel === undefined) set('pageNumber', 1, 'inferred', '版面印有报头与出版日期，应为第1版')
  const latestYear = meta.date ? undefined : inferYear(text)
  const dated = monthDay && !meta.date ? dateFromWeekday(monthDay, meta.weekday, latestYear) : undefined
  if (dated) set('date', dated, 'inferred', `报头印有${Number(dated.slice(5, 7))}月${Number(dated.slice(8))}日${meta.weekday}，正文提及${latestYear}年，${dated.slice(0, 4)}年的这一天正是${meta.weekday}`)
  if (!meta.date) {
    if (latestYear) set('year', latestYear, 'inferred', `正文提及的最近年份为 ${latestYear} 年，出版当在此年或稍后`)
  } else {
    set('year', Number(meta.date.slice(0, 4)), meta.provenance.date ?? 'masthead')
  }
  return { meta, home }
}

type TextFields = Pick<Article, 'kicker' | 'title' | 'subtitle' | 'byline' | 'refersToText' | 'continuedFrom' | 'continuedTo' | 'paragraphs' | 'figures'>

/** Every field that holds text taken from the page: what the nothing-lost check (and its tests) look in. */
export function pageSourceTexts(page: { frontMatter?: string; articles: TextFields[] }): string[] {
  const found: string[] = [page.frontMatter ?? '']
  for (const a of page.articles) {
    found.push(a.kicker ?? '', a.title, a.subtitle ?? '', a.byline ?? '', a.refersToText ?? '', a.continuedFrom?.text ?? '', a.continuedTo?.text ?? '', ...a.paragraphs)
    for (const f of a.figures ?? []) found.push(f.credit ?? '')
  }
  return found
}

/** Every non-space character of the page (minus Markdown markers) must appear somewhere in the page draft. */
export function checkNothingLost(expected: string, page: PageDraft): string[] {
  const missing = missingCharacters([expected], pageSourceTexts(page))
  return [...missing].map(([ch, n]) => `${ch}×${n}`)
}

export function ingestPage(file: string, bytes: Uint8Array, sidecarJson?: string): { page?: PageDraft; problems: Problem[]; error?: Problem } {
  // What the steps remember of the last page's lines is of no use here.
  forgetLines()
  const problems: Problem[] = []
  let decoded
  try {
    decoded = decode(bytes)
  } catch (e) {
    return { problems, error: { file, line: 0, message: (e as Error).message } }
  }
  problems.push(...decoded.warnings.map((w) => ({ file, ...w })))
  const fm = splitFrontMatter(decoded.text)
  problems.push(...fm.problems.map((p) => ({ file, ...p })))
  let explicit = fm.meta
  if (sidecarJson !== undefined) {
    const sidecar = parseSidecar(sidecarJson)
    problems.push(...sidecar.problems.map((p) => ({ file: `${file}.meta.json`, ...p })))
    explicit = { ...explicit, ...sidecar.meta }
  }
  try {
    return { page: readPage(file, decoded.encoding, fm, explicit, problems), problems }
  } catch (e) {
    // A fault in the steps on one page must not stop an archive's build, nor lose the page: its text is kept whole,
    // unclassified, under the metadata its front matter, sidecar or path give, and the file is named.
    const message = `内部错误：版面处理失败，全文已作为未分类文本保留，请报告此文件 (page steps failed: ${(e as Error).message})`
    problems.push({ file, line: 0, message })
    const { meta } = buildMeta([], explicit, fm.body, [], file)
    return { page: { sourceFile: file, encoding: decoded.encoding, meta, frontMatter: fm.raw, articles: [unclassifiedWhole(fm.body)] }, problems }
  }
}

/** The page's whole text as one unclassified block: where a step failed, nothing is lost. */
const unclassifiedWhole = (body: string) => articleDraft({ kind: 'unclassified', title: '', authors: [], paragraphs: [body], startLine: 1, endLine: body.split('\n').length })

/** The page steps after decoding: units, stories, metadata, places; their warnings go into `problems`. */
function readPage(file: string, encoding: PageDraft['encoding'], fm: ReturnType<typeof splitFrontMatter>, explicit: ExplicitMeta, problems: Problem[]): PageDraft {
  const unwrapped = unwrap(fm.body)
  const units = atSourceLines(toUnits(unwrapped.text), unwrapped.spans)
  const drafts = segment(units)
  // A page whose headlines come in stacked lines (引题 / 主题) is copy that breaks a headline's parts onto lines of their own.
  const stacked = drafts.some((d) => d.kind === 'article' && d.head.length >= 2 && d.head.every((u) => u.heading === undefined))
  const articles = foldListings(restitchAcrossArticles(drafts.map((d) => buildArticle(d, { stackedHeads: stacked }))))
  settleTitlesByEcho(articles)
  // Places are found once per article and serve both the page's locality and each article's tags.
  const texts = articles.map((a) => (a.kind === 'masthead' ? undefined : { headline: [a.kicker, a.title, a.subtitle].filter(Boolean).join(' '), body: a.paragraphs.join('\n') }))
  const found = texts.map((t) => {
    if (!t) return undefined
    const text = articleText(t)
    return { text, mentions: findMentions(text, t.headline.length + 1) }
  })
  const stories = found.filter((f) => f !== undefined)
  const { meta, home } = buildMeta(articles, explicit, fm.body, stories, file)
  const onPage = pageAreas(stories)
  settlePageKinds(articles, meta.pageName)
  articles.forEach((a, i) => {
    const t = texts[i]
    const f = found[i]
    if (!t || !f) return
    a.places = tagPlaces(t, home, f, onPage)
    if (a.kind === 'photo' && !a.places.length) a.places = photoAtHome(a.figures ?? [], f.text, f.mentions, meta.localityCode)
  })
  const page: PageDraft = { sourceFile: file, encoding, meta, frontMatter: fm.raw, articles }
  problems.push(...fallbackWarnings(file, articles, fm.body))
  const lost = checkNothingLost(withoutMarkup(fm.body, unwrapped.text), page)
  if (lost.length) {
    // Never drop text: whatever a step failed to carry over is kept as an unclassified block.
    problems.push({ file, line: 0, message: `内部错误：有字符未进入数据包，已作为未分类文本保留 (${lost.slice(0, 10).join(' ')})` })
    page.articles.push(unclassifiedWhole(fm.body))
  }
  return page
}
