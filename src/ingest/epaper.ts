// E-paper furniture: text copied from a paper's 数字报 site carries the site's
// header (某某日报 数字报纸), navigation (上一版 下一版, 返回目录), the list of
// the pages, footers that repeat paper, date and page, and copyright
// lines. They are read as the page's metadata and kept as page furniture,
// never as a story's headline or paragraphs.
import type { Author } from '../schema/bundle'
import { readArticleInfo, readBreadcrumb } from './article-info'
import { memoByLine } from './line-memo'
import { isPersonName } from './person-name'
import { isMetaLine, type MetaFields, readMetaLine, readNameplate, readPageAlone, readPaperPrefix } from './masthead'
import type { UnitRole } from './segment'
import { CJK, toHalfWidth } from './text'

export type FurnitureKind = 'header' | 'footer' | 'navigation' | 'pageList' | 'copyright' | 'articleInfo'

export interface Furniture {
  kind: FurnitureKind
  /** What the line prints of the page's metadata (paper, date, page): none for navigation, page lists and copyright. */
  fields: MetaFields
  /** The people a site's line under the title names (作者:张三). */
  authors?: Author[]
}

/** Site furniture is one short line. */
const MAX_FURNITURE = 120
/**
 * A copyright or licence line: 版权所有 ©某某日报社, Copyright © 2024, 浙ICP备12345678号, 浙公网安备 33…号, and the same
 * set letter-spaced (内 容 版 权 归 …所 有) or as a site's notice (版权声明 @ 某某网).
 */
const COPYRIGHT = /版[ \u3000]?权[ \u3000]?(?:所[ \u3000]?有|归|声[ \u3000]?明)|©|copyright|all rights reserved|ICP[备证]|公网安备|新闻信息服务许可/i
/** A copyright line with clause punctuation opens with its word: 版权所有 ©某某日报社，未经授权不得转载. */
const COPYRIGHT_OPENING = /^(?:版权所有|©|copyright)/i
const COPYRIGHT_LINE: Furniture = { kind: 'copyright', fields: {} }
/** An image copied as Markdown with no picture left (![]()) . */
const EMPTY_IMAGE = /!\[[^\]]{0,40}\]\([^)]{0,200}\)/g
const BORDER = /^[|｜\s]*$/
const BORDER_LINE: Furniture = { kind: 'navigation', fields: {} }
/** Prose has clause or sentence punctuation; no furniture line but a copyright line does. */
const PROSE_MARK = /[，。；！？,;!?]/
/** A site's record of an article: an ISO date inside, closed by the printed date and its weekday. */
const RECORD_SHAPE = /\d{4}-\d{2}-\d{2}[\s\S]*\d{4}年\d{1,2}月\d{1,2}日[ \t\u3000]*星期[一二三四五六日天][ \t\u3000]*$/
const SENTENCE_END = /[。！？]/
/** The site's navigation words, a closed set. */
const NAV_WORDS =
  // Sites set a 3 and a 4 in an arrow font beside 上一版 and 下一版 (3上一篇  下一篇4); copied as text, they are digits.
  '(?:[34][ \\t\\u3000]*)?[上下前后]一[版期篇页条](?:[ \\t\\u3000]*[34](?![0-9]))?|返回(?:目录|主页|首页|顶部|本版|版面|概览|列表)?|' +
  // An archive database's record view (返回概览 <<上一记录 下一记录>> 打印预览 下载记录).
  '[上下]一记录|打印预览|下载记录|按日期(?:查找|检索|查询)|版面导航|标题导航|新闻导航|本版导航|版面概览|版面目录|本版新闻|本版标题|往期回顾|往期|过刊检索|日期检索|' +
  '查看原版|原版阅读|PDF(?:下载|版阅读|版)?|下载PDF|放大|缩小|默认|打印本页|关闭窗口|(?:数字报|网站)?首页|首版|末版|目录|' +
  // The field names of the site's article template, printed when the copy kept them (文章标题, 文章作者).
  '文章(?:标题|内容|作者|来源)|' +
  // How many pages the issue has and which one this is (本期共4版(1-2-3-4), 当前第3版), the site's labels for the page
  // and the paper (当前版：04版, 当前位置：, 版面：, 当前报纸名称：), and its reading tools (电子报阅读机, 手机终端下载).
  '本期共[0-9０-９]{1,3}版(?:[（(][0-9０-９\\-－]*[）)])?|当前(?=第)|您?当前的?位置|当前(?:版|报纸名称|报章|報章)|當前(?:版|位置|報紙名稱|報章)|版面(?=[:：])|电子报阅读机|手机终端下载|通版阅读请点击|展开通版|收缩通版'
/** Separators and arrows between navigation words (<< 上一篇  下一篇 >>, 上一版 | 下一版). */
const NAV_SEPARATORS = /^[\s|｜/·•<>«»‹›＜＞←→◄►◀▶【】[\]()（）:：\-—_,，]*$/
/** The arrows and brackets among them, set apart from a date or page label they surround (首页 > 2024-06-03 > 第03版). */
const NAV_MARKS = /[|｜<>«»‹›＜＞←→◄►◀▶【】[\]()（）—_,，]/g
const NAV_WORD = new RegExp(NAV_WORDS, 'i')
const NAV_WORD_ALL = new RegExp(NAV_WORDS, 'gi')
/** One entry of the list of the pages: 01版：要闻, 第A2版 城事, a0008版. */
const PAGE_ENTRY = new RegExp(`第?[ \\t\\u3000]*(?:[A-Za-zＡ-Ｚａ-ｚ]{1,2}[ \\t\\u3000]*)?[0-9０-９]{1,5}[ \\t\\u3000]*版(?:[ \\t\\u3000]*[:：][ \\t\\u3000]*[${CJK}·]{1,14}(?<!第)|[ \\t\\u3000]+[${CJK}·]{1,10}(?<!第))?`, 'g')
const LIST_SEPARATORS = /^[\s|｜·•、,，/]*$/
/** Brackets around the rest of a footer: 《人民日报》（2024年06月03日 第04版）. */
const BRACKETS = /[（）()【】[\]]/g

/** How many entries a line listing the pages holds; none when it holds anything else. */
function pageEntries(line: string): number {
  let count = 0
  const rest = line.replace(PAGE_ENTRY, () => {
    count++
    return ' '
  })
  return LIST_SEPARATORS.test(rest) ? count : 0
}

/** A paper's name opening the line, then an e-paper suffix, metadata (date, page) or both: a site's header or footer. */
function headerOrFooter(line: string): Furniture | undefined {
  const prefix = readPaperPrefix(line)
  if (!prefix) return undefined
  if (!prefix.rest) return prefix.epaper ? { kind: 'header', fields: { paper: prefix.paper } } : undefined
  const rest = prefix.rest.replace(BRACKETS, ' ')
  if (!isMetaLine(rest)) return footerRecord(prefix.paper, line, rest)
  return { kind: prefix.epaper ? 'header' : 'footer', fields: { paper: prefix.paper, ...readMetaLine(rest).fields } }
}

/**
 * A site's footer that repeats the article's record after the paper's name: its page name, page number, title, a
 * full date and counters (某某日报 要闻 00003 标题 2024-06-03 123456 2 2024年06月03日 星期一). No prose: the paper and
 * the date are read from it, the rest is kept as printed.
 */
function footerRecord(paper: string, line: string, rest: string): Furniture | undefined {
  // The record's own shape (an ISO date inside, the printed date and weekday closing it) may carry a title's comma or a
  // list of ids joined by semicolons (某某报2023-08-2200017;26093684;…): prose has neither the shape nor the ids.
  if (PROSE_MARK.test(line) && !RECORD_SHAPE.test(line)) return undefined
  const { date, weekday } = readMetaLine(rest).fields
  if (!date) return undefined
  return { kind: 'footer', fields: weekday ? { paper, date, weekday } : { paper, date } }
}

/**
 * A field of an archive database's record, one to a line, as such archives show a stored article (【日期】= 1990.03.18,
 * 【期号】= 212, 【版次】= 01, 【作者】= 张三, 【正文】=): its label is one of the closed set they use.
 */
const RECORD_FIELD = new RegExp(`^【(日期|期号|期次|版次|版号|版名|标题|引题|肩题|副题|副标题|作者|专栏|栏目|来源|出处|字数|关键词|主题词|分类号?|正文)】[ \\t\\u3000]*[=＝:：][ \\t\\u3000]*(.*)$`)
/** A record's value longer than this is the text itself (【正文】= 春风拂面…), not a field. */
const MAX_RECORD_VALUE = 40

function recordField(t: string): Furniture | undefined {
  const m = RECORD_FIELD.exec(t)
  const [label, value] = [m?.[1] ?? '', (m?.[2] ?? '').trim()]
  if (!m || [...value].length > MAX_RECORD_VALUE) return undefined
  const fields: MetaFields = {}
  if (label === '日期') Object.assign(fields, readMetaLine(value).fields)
  else if ((label === '期号' || label === '期次') && /^[0-9]{1,6}$/.test(value)) fields.serial = Number(value)
  else if ((label === '版次' || label === '版号') && value) Object.assign(fields, readMetaLine(`第${value}版`).fields)
  else if (label === '版名' && new RegExp(`^[${CJK}·]{2,14}$`).test(value)) fields.pageName = value
  return { kind: 'articleInfo', fields }
}

const LIST_NUMBER = /^[ \t]*[0-9]{1,2}\.[ \t]+/
/** A page's label as printed alone below the masthead's first line: lettered (A02) or zero-padded (03). */
export const LABEL_LIKE = /^[ \t\u3000]*(?:[A-Za-z]|0)/
/** The site's address alone, or with its name (http://www.example.cn  某某网). */
const SITE_ADDRESS = new RegExp(`^(?:https?://|www\\.)[A-Za-z0-9.-]+(?:/[\\w./?=&%-]*)?(?:[ \\t\\u3000]+[${CJK}]{2,10})?$`)

/** The furniture a line of an e-paper site is, or undefined for anything else (story text, a plain masthead line). */
function furnitureOf(line: string): Furniture | undefined {
  const image = line.includes('](') ? line.replace(EMPTY_IMAGE, ' ') : line
  // A list's number before a line of the site (1. 2016年3月2日, 2. 上一期  下一期): the copy kept the site's list.
  const t = image.replace(LIST_NUMBER, '').trim()
  if (t.length > MAX_FURNITURE) return undefined
  if (SITE_ADDRESS.test(t)) return { kind: 'header', fields: {} }
  // A line of table borders (|, ||||) or of an image the copy lost (![]()) around nothing.
  if (BORDER.test(t)) return line.trim() ? BORDER_LINE : undefined
  if (t.endsWith('-->')) return siteRecord(t)
  if (t.includes('字数') && WORD_COUNT.test(t)) return { kind: 'navigation', fields: {} }
  if (t.startsWith('【')) {
    const field = recordField(t)
    if (field) return field
  }
  // A site's record of the article: its number, the date and a time (585952 2024-06-03 00:00:00 一 标题…).
  const record = DATED_RECORD.exec(t)
  if (record) return { kind: 'navigation', fields: readMetaLine(record[1] as string).fields }
  // The line under a title (时间:… 来源:… 浏览量:1,203) before the test for prose, whose comma it may hold in a count.
  const info = readArticleInfo(t)
  if (info) return info.authors.length ? { kind: 'articleInfo', fields: info.fields, authors: info.authors } : { kind: 'articleInfo', fields: info.fields }
  // Most lines are prose, with clause punctuation: of those only a line opening with 版权所有, © or Copyright is furniture,
  // and a line of navigation with a comma among its words («上一版 下一版»本期共4版, 当前第3版).
  if (PROSE_MARK.test(t) && !RECORD_SHAPE.test(t)) {
    if (COPYRIGHT_OPENING.test(t)) return SENTENCE_END.test(t) ? undefined : COPYRIGHT_LINE
    if (!READING_DAY.test(t) && (!t.includes('一') || NOT_NAVIGATION.test(t) || !ADJACENT_PAGE.test(t))) return undefined
  }
  if (COPYRIGHT.test(t)) return COPYRIGHT_LINE
  const crumbs = readBreadcrumb(t)
  if (crumbs) return { kind: 'navigation', fields: crumbs }
  // The day the reader opens the site (您好！今天是2025年6月12日 星期四) is not the date.
  if (READING_DAY.test(t)) return isMetaLine(t.replace(READING_DAY, '')) ? { kind: 'navigation', fields: {} } : undefined
  // Navigation words, alone (上一版 下一版) or around a page label (第03版：要闻 上一版 下一版), or heading the page list.
  const navigation = NAV_WORD.test(t)
  const rest = navigation ? t.replace(NAV_WORD_ALL, ' ').replace(NAV_MARKS, ' ').replace(/^[\s:：]+/, '') : t
  if (navigation && NAV_SEPARATORS.test(rest)) return { kind: 'navigation', fields: {} }
  const firstPage = rest.indexOf('版')
  if (firstPage >= 0 && rest.lastIndexOf('版') !== firstPage && pageEntries(rest) >= 2) return { kind: 'pageList', fields: {} }
  if (!navigation) return headerOrFooter(t) ?? staffLine(t) ?? datedName(t) ?? datedAuthor(t)
  // What the navigation words frame: a date or page label, or the paper's name with or without them (某某日报
  // 2024年06月03日 第03版 上一版, 当前报纸名称：某某日报).
  const framed = isMetaLine(rest) ? readMetaLine(rest).fields : (headerOrFooter(rest)?.fields ?? bareName(rest))
  return framed && { kind: 'navigation', fields: framed }
}

/** A page file's name in a site's record (content_123.html, c110292.htm). */
const PAGE_FILE = /^[\w-]+\.s?html?$/

/**
 * The record an e-paper site's page template leaves in the copied text, an HTML comment's close at its end
 * (2024-06-03 1 1 某某日报 content_123.html 1 标题 /…-->): the article's date, counters, the paper, the page file and
 * the title again. Its date and paper are the page's.
 */
function siteRecord(t: string): Furniture | undefined {
  const words = t.split(/[ \t\u3000]+/)
  const file = words.findIndex((w) => PAGE_FILE.test(w))
  if (file < 1) return undefined
  const fields: MetaFields = {}
  const paper = readPaperPrefix(words[file - 1] ?? '')
  if (paper && !paper.rest) fields.paper = paper.paper
  const date = words.slice(0, file).find((w) => /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(w))
  if (date) Object.assign(fields, readMetaLine(date).fields)
  return { kind: 'navigation', fields }
}

/** A site's record opening with the article's number, then its date and time (585952 2024-06-03 00:00:00 …). */
const DATED_RECORD = /^[0-9]{1,12}[ \t\u3000]+([0-9]{4}-[0-9]{2}-[0-9]{2})[ \t\u3000]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?=[ \t\u3000]|$)/

/** A date opening a site's record (2024-06-03 1 1 …). */
const RECORD_START = /^[0-9]{4}-[0-9]{2}-[0-9]{2}[ \t\u3000]/
/** How many lines a hard wrap may have cut a site's record into. */
const MAX_RECORD_LINES = 8

type BlockUnit = { text: string; role: UnitRole; block: number; startLine: number; endLine: number; heading: number | undefined }

/**
 * A site's record cut into lines by a hard wrap (2024-06-03 1 1 某某 / 日报 content_1.ht / ml 1 标题 /…-->) is joined
 * again into one furniture line, as the page prints it unwrapped: the lines of one block, from the one that opens with
 * the record's date to the one that closes the comment.
 */
export function joinWrappedRecords<U extends BlockUnit>(units: U[]): void {
  for (let i = units.length - 1; i > 0; i--) {
    const last = units[i] as U
    if (!last.text.endsWith('-->') || last.heading !== undefined) continue
    let k = i
    while (k > 0 && i - k < MAX_RECORD_LINES && !RECORD_START.test((units[k] as U).text) && units[k - 1]?.block === last.block) k--
    const run = units.slice(k, i + 1)
    const text = run.map((u) => u.text).join('')
    if (k === i || !RECORD_START.test(text) || !siteRecord(text)) continue
    units.splice(k, run.length, { ...(units[k] as U), text, role: 'meta', endLine: last.endLine })
    i = k
  }
}

/** Greeting and the day the site is read: 您好！今天是2025年6月12日 星期四. */
const READING_DAY = /^(?:您好[!！,，]?[ \t\u3000]*)?今天是/
/** Sentence punctuation: a line with any is prose, navigation words or not. */
const NOT_NAVIGATION = /[。；;！？!?]/
const ADJACENT_PAGE = /[上下前后]一[版期篇页]/
/** The article's length as a site prints it above the text: 本文字数：476, 字数 716字, 字数： (left empty). */
const WORD_COUNT = /^(?:本文)?字数[ \t\u3000]*[:：]?[ \t\u3000]*(?:[0-9０-９]+[ \t\u3000]*字?)?$/

/** A date, then the paper's name (2024年06月03日 某某日报, 09_08_2024某某日報): a site's header. */
function datedName(t: string): Furniture | undefined {
  if (t.length > 40 || !/[报報]$/.test(t)) return undefined
  const { fields, rest } = readMetaLine(t)
  const paper = rest !== t ? readNameplate(rest)?.paper : undefined
  return paper ? { kind: 'footer', fields: { ...fields, paper } } : undefined
}

/** The author and the day, as an archive lists a stored article under its title (张三  (1990.03.18)). */
const DATED_AUTHOR = new RegExp(`^([${CJK}]{2,4}(?:[ \\t\\u3000]+[${CJK}]{2,4}){0,3})[ \\t\\u3000]*[（(]((?:1[89]|20)[0-9]{2}[-./][0-9]{1,2}[-./][0-9]{1,2})[）)]$`)

function datedAuthor(t: string): Furniture | undefined {
  const m = DATED_AUTHOR.exec(t)
  const names = m?.[1]?.split(/[ \t\u3000]+/) ?? []
  const { date } = readMetaLine(m?.[2] ?? '').fields
  if (!m || !date || !names.every(isPersonName)) return undefined
  return { kind: 'articleInfo', fields: { date }, authors: names.map((name) => ({ name, role: 'author' as const })) }
}

/** The paper's name alone, as a site's label frames it (当前报纸名称：某某日报). */
function bareName(rest: string): MetaFields | undefined {
  const paper = readNameplate(rest)?.paper
  return paper ? { paper } : undefined
}

/** The page's staff and nothing else (版式设计：沈亦伶, 本版责编：甲乙丙  丁戊己  庚辛壬): printed furniture with no page metadata but the editor. */
function staffLine(t: string): Furniture | undefined {
  if (!STAFF_WORD.test(t)) return undefined
  const { fields, rest } = readMetaLine(t)
  return rest ? undefined : { kind: 'footer', fields }
}
/** A staff line labels its names with a colon: a headline (版式设计大赛开幕) does not. */
const STAFF_WORD = /(?:编辑|责编|美编|设计|校对|审读|组版|制图)[ \t\u3000]*[:：]/

/**
 * furnitureOf, remembered for the page: the unwrap, the block splitter, the classifier and the page's metadata ask it
 * of the same lines. Its answers are shared, never changed. Longer lines are no furniture, told at once.
 */
export const readFurniture = memoByLine(furnitureOf, MAX_FURNITURE)

export const isFurniture = (line: string): boolean => readFurniture(line) !== undefined

/** The authors a site's line under the title names (作者:张三  时间:…), or undefined for any other line. */
export const furnitureAuthors = (line: string): Author[] | undefined => readFurniture(line)?.authors

/**
 * A line never part of a paragraph, even with no blank line around it: site furniture, or a page label (第03版：要闻,
 * 2024年06月03日 第3版). A date alone is not: a narrow column may wrap a sentence right around one.
 */
export function standsApart(line: string): boolean {
  if (isFurniture(line)) return true
  if (line.length > 40 || !line.includes('版') || PROSE_MARK.test(line) || !isMetaLine(line)) return false
  const { pageNumber, pageLabel } = readMetaLine(line).fields
  return pageNumber !== undefined || pageLabel !== undefined
}

/** Navigation words that head the list of the page's own headlines (标题导航, 本版新闻). */
const TITLE_LIST_HEAD = /^[\s|｜·•【】[\]<>《》:：\-—]*(?:标题导航|本版新闻|本版标题|新闻导航|本版导航|本版要目)[\s|｜·•【】[\]<>《》:：\-—]*$/

/**
 * The headlines listed under 标题导航 or 本版新闻 are the site's navigation, not stories nor a story's headline: a run
 * of headline lines right under the heading, each printed again elsewhere on the page, none twice in the list.
 */
export function markTitleLists(units: { text: string; role: UnitRole }[]): void {
  let counts: Map<string, number> | undefined
  units.forEach((head, i) => {
    if (head.role !== 'meta' || head.text.length > 20 || !TITLE_LIST_HEAD.test(head.text)) return
    if (!counts) {
      counts = new Map()
      for (const u of units) counts.set(u.text, (counts.get(u.text) ?? 0) + 1)
    }
    const listed = new Set<string>()
    for (let j = i + 1; j < units.length; j++) {
      const u = units[j] as { text: string; role: UnitRole }
      if (u.role !== 'headline' || listed.has(u.text) || (counts.get(u.text) ?? 0) < 2) break
      listed.add(u.text)
      u.role = 'meta'
    }
  })
}

/** One entry of a page list on a line of its own: 01版：要闻, 第A2版 城事, 第16版：壮丽70年 奋斗新时代, 第20-21版. */
const ENTRY_LINE = /^第?[ \t\u3000]*([A-Za-zＡ-Ｚａ-ｚ]?)[ \t\u3000]*([0-9０-９]{1,5})(?:[-－][0-9０-９]{1,3})?[ \t\u3000]*版(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+|$)(.{0,24})$/

interface PageEntry {
  /** The page's number (a spread's first), by which the list runs. */
  number: number
  /** The page as labelled (3, A2), and the name the list gives it. */
  key: string
  name: string
}

/** A line that is one entry of a page list and nothing else (01版：要闻): this page's own label, or one line of the list. */
function readEntry(line: string): PageEntry | undefined {
  const m = line.trim().match(ENTRY_LINE)
  if (!m || PROSE_MARK.test(m[3] ?? '')) return undefined
  const number = Number(toHalfWidth(m[2] ?? ''))
  return { number, key: `${toHalfWidth(m[1] ?? '').toUpperCase()}${number}`, name: (m[3] ?? '').trim() }
}

/**
 * Lines that list the pages one per line, by index: runs of two or more page entries whose numbers do not
 * fall (01版 02版 03版). A lone entry before or after such a run (03版：要闻 above the list) is the page's own label.
 */
function pageListLines(lines: string[]): Map<number, PageEntry> {
  const listed = new Map<number, PageEntry>()
  let stretch: [number, PageEntry][] = []
  let last: PageEntry | undefined
  const close = () => {
    if (stretch.length >= 2) for (const [i, entry] of stretch) listed.set(i, entry)
    stretch = []
  }
  lines.forEach((line, i) => {
    const entry = line.includes('版') ? readEntry(line) : undefined
    // Two pages may share a number in the list (第01版：头版, 第01版：重要); the same entry twice is the page's own label
    // above the list's first line.
    if (!entry || !last || entry.number < last.number || (entry.key === last.key && entry.name === last.name)) close()
    if (entry) stretch.push([i, entry])
    last = entry
  })
  close()
  return listed
}

/** Fills the fields `from` has and `into` lacks: what a page prints first wins. */
function fill(into: MetaFields, from: MetaFields): void {
  for (const [k, v] of Object.entries(from)) if (!(k in into)) Object.assign(into, { [k]: v })
}

/** A date printed beside the page's label (第1版：要闻 2023-10-02) is the issue's: a date alone above it may be the site's day. */
const datesPage = (f: MetaFields): boolean => f.date !== undefined && (f.pageNumber !== undefined || f.pageLabel !== undefined)

/**
 * What a page's masthead and furniture lines print (groups of adjacent lines, as the page keeps them), first
 * printing first; `epaper` when the page carries an e-paper site's furniture — whose paper and date head every page,
 * not only the front page.
 */
export function readPrinted(groups: string[][]): { fields: MetaFields; epaper: boolean } {
  const fields: MetaFields = {}
  let epaper = false
  let pageDated = false
  const take = (from: MetaFields) => {
    if (!pageDated && datesPage(from)) {
      pageDated = true
      fields.date = from.date
    }
    fill(fields, from)
  }
  // A page's label alone (A02) on one of the opening lines (某某快报 / 2026年3月29日 / A02); below the first, a bare number
  // (640) may be anything, a lettered or zero-padded one (A02, 03) only a page.
  for (const [k, line] of (groups[0]?.slice(0, 4) ?? []).entries()) {
    const alone = k === 0 || LABEL_LIKE.test(line) ? readPageAlone(line) : undefined
    if (!alone) continue
    fill(fields, alone)
    break
  }
  const names = new Map<string, string>()
  for (const lines of groups) {
    const listed = pageListLines(lines)
    if (listed.size) epaper = true
    for (const entry of listed.values()) if (entry.name && !names.has(entry.key)) names.set(entry.key, entry.name)
    lines.forEach((line, i) => {
      const furniture = readFurniture(line)
      if (furniture) {
        // A paper, date and page line is printed on paper too; the other furniture only on a site.
        if (furniture.kind !== 'footer') epaper = true
        take(furniture.fields)
        return
      }
      const plate = readNameplate(line)
      if (plate) fill(fields, plate)
      if (!listed.has(i)) take(readMetaLine(line).fields)
    })
  }
  // The list of the pages names this page too.
  const key = fields.pageLabel ?? (fields.pageNumber === undefined ? undefined : String(fields.pageNumber))
  const listedName = key === undefined ? undefined : names.get(key)
  if (listedName && !fields.pageName) fields.pageName = listedName
  return { fields, epaper }
}
