// The line an e-paper site prints under an article's title: labelled fields
// (时间:2024年06月03日  来源:某某日报  作者:张三  阅读次数:), the site's reading
// tools (收藏 打印 推荐 朗读 评论), or the path to the page (首页 > 某某日报 >
// 体育 > 正文). It tells the page's paper and date and the article's author;
// it is page furniture, never a headline part nor a paragraph.
import type { Author } from '../schema/bundle'
import { type MetaFields, readMetaLine, readPaperPrefix } from './masthead'
import { CJK, pageDesignation } from './text'

const SP = '[ \\t\\u3000]'
/** The labels sites print, by what their value is; simplified and traditional script. */
const DATE_LABEL = '(?:刊发|發布|发布|发表|發表|出版|见报|見報|更新|上传|上傳)?(?:日期|时间|時間)'
const SOURCE_LABEL = '(?:稿件|信息|文章|新闻|新聞)?(?:来源|來源|出处|出處)|稿源'
const AUTHOR_LABEL = '作者'
const EDITOR_LABEL = '(?:责任|責任)?(?:编辑|編輯)|责编|責編'
const COUNTER_LABEL = '(?:阅读|閱讀|点击|點擊|浏览|瀏覽)(?:次数|次數|数|數|量)?|访问量|字号|字號|(?:本文)?(?:字数|字數)|字体|字體|语音阅读|語音閱讀'
/** The page and the column the article ran in, as an archive's page prints them (版次:A07  栏目:随手拍). */
const PLACE_LABEL = '版次|版面|栏目|欄目'
/** A label and its colon; the group that matched tells the kind of value. */
const LABEL = new RegExp(`(?:(${DATE_LABEL})|(${SOURCE_LABEL})|(${AUTHOR_LABEL})|(${EDITOR_LABEL})|(${COUNTER_LABEL})|(${PLACE_LABEL}))${SP}*[:：]`, 'g')
/** A line without a colon (and without a site's tools) holds no fields. */
const CUE = /[:：]|收藏|打印|朗读|朗讀/
/** Labels only a publishing site prints: with them, one field makes the line (发布日期:, left empty). */
const SITE_DATE_LABEL = /^(?:刊发|發布|发布|见报|見報|上传|上傳)/
/** The site's reading tools, a closed set; one of them alone (评论) may be a column's name. */
const TOOL = /^(?:收藏|打印|打印本页|推荐|推薦|朗读|朗讀|评论|評論|更多功能|分享(?:到)?|关闭(?:窗口)?|關閉|放大|缩小|縮小|默认|默認|语音阅读|語音閱讀|【?PDF版】?)$/
/** Marks around fields: bullets, brackets, bars, slashes. */
const MARKS = /[•·■□◆●|｜/（）()【】[\]<>《》]/g
const NAME = new RegExp(`^[${CJK}]{2,4}$`)
const WORD = new RegExp(`^[${CJK}A-Za-z0-9]{1,12}$`)
const SHORT_WORD = new RegExp(`^[${CJK}·]{2,6}$`)
const TIME_OF_DAY = /^[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?$/
/** 星期 with its day left blank by the site's template. */
const BLANK_WEEKDAY = /^(?:星期|礼拜)$/
const CARRIED_BY = new RegExp(`^[${CJK}]{2,8}(?:载文|轉載|转载)[:：]?$`)
const MAX_INFO = 80
/** The article's length: the site's field that follows the authors' names. */
const WORD_COUNT_LABEL = /^(?:本文)?字[数數]/
/** Clause punctuation: prose, never a site's fields (a comma grouping digits, 1,203, is a count's). */
const CLAUSE = /[，。；！？;!?]|,(?![0-9]{3})/

export interface ArticleInfo {
  fields: MetaFields
  /** The people an 作者 field names. */
  authors: Author[]
}

const words = (s: string): string[] => s.replace(MARKS, ' ').split(/[ \t\u3000]+/).filter(Boolean)

/** The kinds of field, in the order of LABEL's groups. */
const enum Field {
  Date = 1,
  Source,
  Author,
  Editor,
  Counter,
  Placing,
}

/** A page as a placing field prints it: A07, 07, 第3版, B2版. */
const PAGE_VALUE = /^第?([A-Za-zＡ-Ｚａ-ｚ]?)([0-9０-９]{1,3})版?$/

/** A date as a site's field prints it, in figures: 2024-06-03, 06-03. */
const FIGURE_DATE = /^(?:[0-9]{4}[-/.])?[0-9]{1,2}[-/.][0-9]{1,2}$/

/**
 * A field's value: a date for a date label, a name or two for a source, names for an author or editor, a count or a
 * word for a counter. Undefined when the value is not of its kind; 'site' when the field is one only a site prints
 * (a counter, a date in figures), which makes the line the site's even alone.
 */
function readValue(kind: Field, value: string, into: ArticleInfo): 'site' | 'plain' | undefined {
  const parts = words(value)
  if (!parts.length) return kind === Field.Counter ? 'site' : 'plain'
  if (kind === Field.Date) {
    if (parts.length === 1 && FIGURE_DATE.test(parts[0] ?? '')) {
      const { date } = readMetaLine(parts[0] ?? '').fields
      if (date) into.fields.date ??= date
      return 'site'
    }
    const { fields, rest } = readMetaLine(value)
    if (!fields.date && !fields.monthDay) return undefined
    if (fields.date) into.fields.date ??= fields.date
    return words(rest).every((w) => TIME_OF_DAY.test(w) || TOOL.test(w)) ? 'plain' : undefined
  }
  if (kind === Field.Source) {
    const paper = readPaperPrefix(parts[0] ?? '')
    if (paper && !paper.rest) into.fields.paper ??= paper.paper
    // The source and the time it was filed (稿源: 某某日报 | 2005-12-22 11:06:59): a site's record.
    const { fields, rest } = readMetaLine(parts.slice(1).join(' '))
    if (fields.date && WORD.test(parts[0] ?? '') && words(rest).every((w) => TIME_OF_DAY.test(w))) {
      into.fields.date ??= fields.date
      return 'site'
    }
    return parts.length <= 2 && parts.every((w) => WORD.test(w)) ? 'plain' : undefined
  }
  if (kind === Field.Placing) {
    // 版次:A07 or 版面:第3版 names the page; 栏目:随手拍 a column, which the page keeps as printed.
    const page = parts.length === 1 ? (parts[0] ?? '').match(PAGE_VALUE) : null
    const designated = page ? pageDesignation(page[2] ?? '', page[1] || undefined) : undefined
    if (designated?.label) into.fields.pageLabel ??= designated.label
    else if (designated) into.fields.pageNumber ??= designated.number
    return parts.length <= 2 && parts.every((w) => WORD.test(w)) ? 'site' : undefined
  }
  if (kind === Field.Author || kind === Field.Editor) {
    if (parts.length > 4 || !parts.every((w) => NAME.test(w))) return undefined
    // The article's editor is no author of it.
    if (kind === Field.Author) addAuthors(into, parts)
    return 'plain'
  }
  return parts.length === 1 && (/^[0-9０-９,]+字?$/.test(parts[0] ?? '') || TOOL.test(parts[0] ?? '')) ? 'site' : undefined
}

const addAuthors = (into: ArticleInfo, names: string[]): void => {
  for (const name of names) into.authors.push({ name, role: 'author' })
}

/**
 * What the line opening the fields holds: a date, the paper's name and its section (某某日报 新闻  时间:…), the site's
 * tools, or the authors' names before the article's length (王小明 李四 字数:1500字). Undefined when it holds anything else.
 */
function readLead(lead: string, into: ArticleInfo, labels: RegExpMatchArray[]): { dated: boolean; tools: number } | undefined {
  const { fields, rest } = readMetaLine(lead.replace(MARKS, ' '))
  if (Object.keys(fields).some((k) => k !== 'date' && k !== 'weekday')) return undefined
  if (fields.date) into.fields.date ??= fields.date
  const parts = words(rest)
  if (parts.length && parts.length <= 4 && WORD_COUNT_LABEL.test(labels[0]?.[0] ?? '') && parts.every((w) => NAME.test(w))) {
    addAuthors(into, parts)
    return { dated: false, tools: 0 }
  }
  let tools = 0
  let named = false
  let section = false
  for (const w of parts) {
    const paper = readPaperPrefix(w)
    if (paper && !paper.rest) {
      into.fields.paper ??= paper.paper
      named = true
    } else if (TOOL.test(w)) tools++
    else if (TIME_OF_DAY.test(w) || BLANK_WEEKDAY.test(w)) continue
    // The site that carried the article (某某网载文:), as a reprint's page says before its title.
    else if (CARRIED_BY.test(w)) continue
    // The section right after the paper's name (某某日报 新闻); a word alone there may be a title.
    else if (labels.length && named && !section && SHORT_WORD.test(w)) section = true
    else return undefined
  }
  return { dated: fields.date !== undefined, tools }
}

/** The fields of a line an e-paper site prints under an article's title, or undefined for any other line. */
export function readArticleInfo(line: string): ArticleInfo | undefined {
  const t = line.trim()
  if (t.length > MAX_INFO || !CUE.test(t) || CLAUSE.test(t)) return undefined
  // A note in brackets closing a story (（来源：某某网）) is the story's, not the site's.
  if (/^[（(].*[）)]$/.test(t)) return undefined
  const labels = [...t.matchAll(LABEL)]
  const info: ArticleInfo = { fields: {}, authors: [] }
  const lead = readLead(t.slice(0, labels[0]?.index ?? t.length), info, labels)
  if (!lead) return undefined
  let siteField = labels.some((m) => SITE_DATE_LABEL.test(m[0]))
  for (const [i, m] of labels.entries()) {
    const kind: Field = m.slice(1, 7).findIndex((g) => g !== undefined) + 1
    const end = labels[i + 1]?.index ?? t.length
    const read = readValue(kind, t.slice((m.index ?? 0) + m[0].length, end), info)
    if (!read) return undefined
    if (read === 'site') siteField = true
  }
  // One field alone (时间:3月6日上午, 来源:某某网) may be a caption's or a story's; with a date, a second field, a field
  // only a site prints, or among the site's tools, it is the site's; so is a date beside one of its tools (… 【打印】).
  const enough = labels.length >= 2 || siteField || (labels.length === 1 && lead.dated) || (!labels.length && (lead.tools >= 2 || (lead.tools >= 1 && lead.dated)))
  return enough ? info : undefined
}

const BREADCRUMB_SEPARATOR = /[ \t\u3000]*[>＞»›][ \t\u3000]*/
const HOME = /^(?:logo[ \t\u3000]*)?(?:首页|首頁|主页|主頁|网站首页|網站首頁|当前位置|當前位置|您的位置|你的位置|您现在的位置|您当前的位置|您當前的位置)[ \t\u3000]*[:：]?/i
const ARTICLE_PAGE = /^(?:正文|正文内容|内容|內容|阅读|閱讀|详细|詳細)$/

/**
 * The path to the page a site prints above it (首页 > 某某日报 > 体育 > 正文): the paper's name, the page's name (the
 * step before 正文) and any date or page label among the steps. Undefined for any other line.
 */
export function readBreadcrumb(line: string): MetaFields | undefined {
  const t = line.trim()
  if (t.length > MAX_INFO || !HOME.test(t)) return undefined
  const steps = t.replace(HOME, '').split(BREADCRUMB_SEPARATOR).map((s) => s.trim()).filter(Boolean)
  if (steps.length < 2 || /[，。；！？,;!?]/.test(t)) return undefined
  const fields: MetaFields = {}
  steps.forEach((step, i) => {
    const bare = step.replace(/[《》〈〉]/g, '')
    const paper = readPaperPrefix(bare)
    if (paper && !paper.rest) fields.paper ??= paper.paper
    else if (ARTICLE_PAGE.test(bare) && i > 0 && SHORT_WORD.test(steps[i - 1] ?? '') && !readPaperPrefix(steps[i - 1] ?? '')) fields.pageName ??= steps[i - 1]
    else {
      const read = readMetaLine(bare).fields
      for (const [k, v] of Object.entries(read)) if (!(k in fields)) Object.assign(fields, { [k]: v })
    }
  })
  return fields
}
