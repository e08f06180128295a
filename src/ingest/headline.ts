// Headline hierarchy: 引题 (kicker), 主题 (title), 副题 (subtitle), from
// separate lines, Markdown heading levels, or one line whose parts are
// separated by spaces (the usual shape of OCR'd multi-line headlines).
import { isDatelineByline } from './byline'

export interface Headline {
  kicker?: string
  title: string
  subtitle?: string
}

/** A part ending like this introduces the main title: 习近平…强调 / 记者手记： */
const KICKER_CUE = /(?:强调|指出|表示|要求|寄语|号召|印发|公布|倡议|宣布|签署|透露|——|—|：|:)$/

/** A kicker's closing dash (某某设施较为完备，但有的无法运行——). */
const KICKER_DASH = /[—–]$/

/** A column's name in brackets above a headline (【民生关注】, [今日谈]): a kicker, never the title. */
const BRACKETED_LABEL = /^(?:【[^【】]{2,10}】|〖[^〖〗]{2,10}〗|\[[^[\]]{2,10}\])$/
/** An opinion column's short name (今日谈, 钱塘评, 百家议, 人民时评), bracketed or not. */
export const OPINION_COLUMN = /^[【〖[]?[\u4e00-\u9fff]{1,5}[谈评议论][】〗\]]?$/
const isColumnLabel = (s: string) => BRACKETED_LABEL.test(s) || OPINION_COLUMN.test(s)

const len = (s: string) => [...s].length
const BULLET = /^[•·◆◇●○■□★☆▪▶►]+$/

/** A column's tag closing the main title: 全球氢能产业迈向规模化应用关键期（国际视点）. */
const COLUMN_TAG = /[（(][^（）()]{2,16}[）)]$/
const DASH_OPENING = /^[—–－-]{1,2}/
const QUOTED = /^[“「"].*[”」"]$/
/** Longer than a main title is ever set: an explanatory line, so a 副题. */
const SUBTITLE_LENGTH = 40

const QUOTE_MARKS = /[“”‘’「」"]/g
/** A short label before a colon opening a title: a place (某省：) or a name. */
const PLACE_LABEL = /^[^：:\s]{2,6}[：:]/

/** Longest half of a title set as a couplet (中孟关系新定位  合作共赢新篇章). */
const COUPLET_HALF = 12
/** How much longer one half of a couplet may be than the other. */
const COUPLET_SLACK = 2
/**
 * On one line the halves may differ more (某某误上高速 民警护送回家): a 引题 or 副题 printed beside its title is the
 * rare case, and one far shorter or longer than the title still reads as one.
 */
const ONE_LINE_COUPLET_SLACK = 4

/**
 * Two halves of one title, set as a couplet on one line (推进医保服务 保障人民健康, 荒漠化治理  用上新技术（美丽中国）):
 * short, of about one length (a column tag closing the second does not count), with no cue that one introduces the other.
 */
function isCouplet(a: string, b: string, slack = COUPLET_SLACK): boolean {
  // Quotation marks take no beat of the couplet's rhythm (更智能更专业 翻译行业迎“智变”).
  // Nor does a place or a name set before the first half with a colon (某地：一江碧水东流 千里绘就长歌).
  const [la, lb] = [len(a.replace(PLACE_LABEL, '').replace(QUOTE_MARKS, '')), len(b.replace(COLUMN_TAG, '').replace(QUOTE_MARKS, ''))]
  if (la > COUPLET_HALF || lb > COUPLET_HALF || Math.abs(la - lb) > slack) return false
  return !DASH_OPENING.test(b) && !KICKER_CUE.test(a)
}

/** A line set as a couplet of its own (数智护航，成长更多彩 / 行走多彩贵州  感知活力中国): two matched halves split by a space or a comma. */
function isCoupletLine(s: string): boolean {
  const halves = s.split(/[ \t\u3000]+|[，,]/).filter(Boolean)
  return halves.length === 2 && isCouplet(halves[0] ?? '', halves[1] ?? '')
}

/**
 * Two stacked headline parts: is the first a 引题 above the title, or the title above a 副题? Decided by the cues
 * printers use — a dash opening a 副题, a kicker's closing dash or colon, the column tag on the main title, a quote
 * set as the main title — and undefined when no cue settles it.
 */
export function pairRole(a: string, b: string): 'kicker' | 'subtitle' | undefined {
  if (DASH_OPENING.test(b)) return 'subtitle'
  if (KICKER_CUE.test(a) || isColumnLabel(a)) return 'kicker'
  const tagA = COLUMN_TAG.test(a)
  const tagB = COLUMN_TAG.test(b)
  if (tagB !== tagA) return tagB ? 'kicker' : 'subtitle'
  if (len(b) > SUBTITLE_LENGTH) return 'subtitle'
  if (QUOTED.test(b) && !QUOTED.test(a)) return 'kicker'
  if (len(a) <= 4 && len(b) - len(a) >= 3) return 'kicker'
  // A name of two or three characters alone above its title (某地 / 某某某某) is a label: the place or the topic.
  if (len(a) <= 3 && len(b) - len(a) >= 2) return 'kicker'
  // The 主题 is the line set as a couplet; a 引题 or a 副题 is one plain statement.
  const [coupletA, coupletB] = [isCoupletLine(a), isCoupletLine(b)]
  if (coupletA !== coupletB) return coupletB ? 'kicker' : 'subtitle'
  return undefined
}

/**
 * Two headline lines stacked with no cue between them: the second is the 主题 under a 引题 (民航局发布新规 / 规范某某运行管理),
 * unless it is a 副题 by its shape: a clause with its own commas or a list (某某减少 / 发生率降至某某，收入某某元), a figure
 * (某某代表团成立 / 42名冠军领衔), a dateline, or the second half of a couplet of equal short lines (古城韵味 / 大美衢州).
 */
function stackedPairRole(a: string, b: string): 'kicker' | 'subtitle' {
  if (/[，,、；;■]/.test(b) || /^[0-9０-９]/.test(b) || isDatelineByline(b)) return 'subtitle'
  if (len(a) === len(b) && len(b) <= 8) return 'subtitle'
  return 'kicker'
}

/** Does the text leave a round bracket open (…合作（患难见真情)? */
function opensBracket(text: string): boolean {
  let depth = 0
  for (const c of text) {
    if (c === '（' || c === '(') depth++
    else if ((c === '）' || c === ')') && depth > 0) depth--
  }
  return depth > 0
}

/** A gap wider than one space between two words of a line: how OCR and copied text part a headline set on one line. */
const WIDE_GAP = /\S(?:[ ]{2,}|[ ]*[\t\u3000][ \t\u3000]*)\S/

/** Does the text leave a quotation open (“站高望远)? */
const opensQuote = (text: string): boolean => (text.match(/[“「『]/g)?.length ?? 0) > (text.match(/[”」』]/g)?.length ?? 0)

/** Splits one printed line into headline parts, re-attaching fragments too small to be a part (a wrapped “quoted” word, a stray number). */
export function headlineParts(line: string): string[] {
  const raw = line.split(/[ \t\u3000]+/).filter(Boolean)
  // A bullet before the headline (• 阿根廷2比0战胜澳大利亚) opens its first part; it is no part of its own.
  if (raw.length > 1 && BULLET.test(raw[0] ?? '')) raw.splice(0, 2, `${raw[0]} ${raw[1]}`)
  const parts: string[] = []
  for (const p of raw) {
    const prev = parts[parts.length - 1]
    const fragment = /^[“"‘「《（(]/.test(p) ? len(p) <= 6 : /^[A-Za-z0-9.%+-]+$/.test(p) || len(p) <= 1
    // A space inside a column's tag in brackets (…合作（患难见真情 共同抗疫情）) parts no headline: the tag is the title's.
    // Nor does one inside a quotation (“站高望远 向新而行——某某交流会”在北京举行).
    if (prev !== undefined && (opensBracket(prev) || opensQuote(prev))) parts[parts.length - 1] = `${prev} ${p}`
    else if (prev !== undefined && fragment) parts[parts.length - 1] = prev + p
    else parts.push(p)
  }
  return parts
}

/** A list bullet (• 某某开始试运行): e-paper sites list their stories' titles one to a line, each behind one. */
export const LIST_BULLET = /^[\s\u3000]*[•·▪]/

/**
 * One line → headline. Rules work on part lengths and cues, never on particular words of a page. `stacked`: the page
 * sets headline parts on lines of their own (or the line is a Markdown heading), so a single space parts nothing.
 */
export function splitHeadlineLine(line: string, stacked = false): Headline {
  let parts = headlineParts(line)
  if (parts.length <= 1) return { title: parts[0] ?? line.trim() }
  // Where the page sets a headline's parts on lines of their own, a single space inside a line is the title's own
  // (男子借钱凑彩礼 婚后却遭妻子家暴 女方拒还彩礼); only a wide gap (two spaces, a tab, an ideographic space) still parts it.
  if (stacked && !WIDE_GAP.test(line.trim())) return { title: parts.join(' ') }
  // A title in a list is the whole line, whatever spaces it has (• 某某开幕 各地游客纷至沓来).
  if (LIST_BULLET.test(line)) return { title: parts.join(' ') }
  if (parts.every((p) => len(p) <= 5)) return { title: parts.join(' ') }
  // Two matched halves (推进医保服务 保障人民健康) are one title set as a couplet.
  if (parts.length === 2 && isCouplet(parts[0] ?? '', parts[1] ?? '', ONE_LINE_COUPLET_SLACK)) return { title: parts.join(' ') }
  // A colon closing the first of two parts on one line is the title's own (某某的标杆： 《某某记》): a kicker with a colon is
  // set on a line of its own.
  if (parts.length === 2 && /[：:]$/.test(parts[0])) return { title: parts.join(' ') }
  if (KICKER_CUE.test(parts[0])) {
    return { kicker: parts[0], title: parts[1], subtitle: parts.slice(2).join(' ') || undefined }
  }
  // A very short opening part is a line break inside the title, not a headline of its own.
  if (len(parts[0]) <= 5 && parts.length > 2) parts = [`${parts[0]} ${parts[1]}`, ...parts.slice(2)]
  if (parts.length === 2) {
    const [a, b] = parts
    // On one line, a word or two before a longer part with no cue between them (方案成形 伊朗能否管住海峡) is the
    // title's own first beat: a kicker that short is set on a line of its own.
    if (len(a) <= 4 && !KICKER_CUE.test(a) && !isColumnLabel(a) && !DASH_OPENING.test(b)) return { title: parts.join(' ') }
    // 引题 is usually the shorter line set above a longer 主题.
    const above = pairRole(a, b) ?? (len(b) - len(a) >= 3 ? 'kicker' : 'subtitle')
    return above === 'kicker' ? { kicker: a, title: b } : { title: a, subtitle: b }
  }
  const last = parts[parts.length - 1]
  const lead = parts.slice(0, -1)
  const parallel = lead.every((p) => Math.abs(len(p) - len(lead[0])) <= 2)
  if (parallel && lead.every((p) => len(p) < len(last))) return { kicker: lead.join(' '), title: last }
  return { title: parts[0], subtitle: parts.slice(1).join(' ') }
}

export interface HeadLine {
  text: string
  /** Markdown heading level when the line was a heading. */
  heading?: number
}

/** Several headline lines (or Markdown headings) stacked above one article → headline. */
export function buildHeadline(lines: HeadLine[], stacked = false): Headline {
  if (lines.length === 0) return { title: '' }
  // A Markdown heading is one line of the copy by its own markup: its parts, if it had several, would be headings too.
  if (lines.length === 1) return splitHeadlineLine(lines[0].text, stacked || lines[0].heading !== undefined)
  const levels = lines.map((l) => l.heading)
  if (levels.some((l) => l !== undefined)) {
    // The highest-level heading is the title; what stands above it is the kicker, below it the subtitle. A plain line set
    // with a heading is the heading's kicker or deck in the same way (某某发布表彰决定 / ## 3024个某奖揭晓).
    const top = Math.min(...levels.filter((l) => l !== undefined))
    const at = levels.indexOf(top)
    return {
      kicker: lines.slice(0, at).map((l) => l.text).join(' ') || undefined,
      title: lines[at].text,
      subtitle: lines.slice(at + 1).map((l) => l.text).join(' ') || undefined,
    }
  }
  if (lines.length === 2) {
    const [a, b] = [lines[0].text, lines[1].text]
    // A line closed by a dash introduces the title: under it, it is the kicker the copy moved below its title.
    if (KICKER_DASH.test(b) && !KICKER_CUE.test(a)) return { kicker: b, title: a }
    return (pairRole(a, b) ?? stackedPairRole(a, b)) === 'kicker' ? { kicker: a, title: b } : { title: a, subtitle: b }
  }
  return { kicker: lines[0].text, title: lines[1].text, subtitle: lines.slice(2).map((l) => l.text).join(' ') }
}
