// Step 4: classify units and group them into article drafts. Boundaries fall
// where a run of headline lines begins; what a draft is (news, photo, teaser,
// banner, masthead…) is decided from its parts, not from particular words.
import type { Unit } from './blocks'
import { isBareDateline, isDatelineAlone, parseBareNames, parseBylineLine, splitCredit, REPORTER_ORG, splitDateline } from './byline'
import { isLayoutCredit, readClosingNote } from './closing-note'
import { adoptPackageHeadlines, isEditorSignature } from './editor-note'
import { joinWrappedRecords, LABEL_LIKE, markTitleLists, readFurniture, standsApart } from './epaper'
import { isMetaLine, readNameplate, readPageAlone } from './masthead'
import { markInterviews } from './interview'
import { joinSidebars } from './sidebar'
import { BRIEF_BULLET } from './kind'
import { isCaptionOpening, isPhoto, NUMBERED_CAPTION, splitLoosePhotos } from './photo'
import { continues } from './reflow'
import { splitRunInTitle } from './run-in-title'
import { hasSubheadShape, isSubhead, markPlainSubheads } from './subhead'
import { CJK, displayWidth, endsSentence, type PageDesignation, pageDesignation, SECTION_LETTER } from './text'

export type UnitRole = 'meta' | 'nameplate' | 'headline' | 'byline' | 'credit' | 'caption' | 'pointer' | 'subhead' | 'closing' | 'break' | 'body'

export interface Classified extends Unit {
  role: UnitRole
}

export type DraftKind = 'article' | 'masthead' | 'teaser' | 'photo' | 'banner' | 'headless'

export interface Draft {
  kind: DraftKind
  head: Classified[]
  bylines: Classified[]
  body: Classified[]
}

const NUM = '[0-9０-９]+|[一二三四五六七八九十]+'
export const POINTER = new RegExp(`^[»>›▶►→◆■●\\s]*[（(]?(?:详见|详情见|详细报道见|全文见|见|转)(?:今日|本报|本期)?[ \\t]*(?:第[ \\t]*)?(?:(${SECTION_LETTER})[ \\t]*)?(${NUM})[ \\t]*版(?:[ \\t]*[${CJK}]{0,8})?[）)]?$`)
const TEASER_LABEL = new RegExp(`^(?:今日|本期|本版)?(?:导读|看点|要目|提要)$`)
const HEADLINE_MAX_WIDTH = 140
/**
 * The paper's commentator or its desk as the byline (本报评论员, 本报特约评论员, 本报评论部), or its reporters unnamed (新华社记者, the names
 * printed at the story's end): a byline that names no person.
 */
export const COMMENTATOR_LINE = new RegExp(`^[■□◆●\\s\\u3000]*(?:(?:本刊|${REPORTER_ORG})?(?:特约)?评论员|(?:本刊|${REPORTER_ORG})(?:评论部|编辑部)|(?:本刊|${REPORTER_ORG})(?:特派)?记者)[\\s\\u3000]*$`)
/** A line of one repeated mark, three times or more: a Markdown thematic break or a printed rule. */
const SEPARATOR = /^[\s\u3000]*([-*_=—－＊～~·•※])(?:[\s\u3000]*\1){2,}[\s\u3000]*$/
/** A caption about the picture printed with the story above it: 图为…, 上图：…, 图一 … */
const PICTURED = /^[\s\u3000▲△▼▽◀▶►]*(?:图为|上图|下图|左图|右图|图[0-9０-９一二三四五六]|题图)/
/** A line of bullet marks alone (•, ◆): decoration between stories, no headline. */
const WORDLESS = /^[\s\u3000•·◆◇●○■□★☆※◎♦▪▫◉◈▶►➤]+$/
/**
 * A QR code's prompt printed on the page (扫码阅读, 专题报道扫码阅读, 扫码查看积分商城, 扫一扫二维码, 长按识别二维码): page
 * furniture beside its code, never a headline. Scanning named in a headline (扫码看病更方便) has none of these verbs.
 */
const QR_PROMPT = /^[^。，,；;！!？?]{0,8}(?:(?:扫码|扫一扫|扫扫)(?:即可|可)?(?:阅读|查看|观看|收看|收听|了解|关注|下载|报名|参与|获取|领取|浏览|看视频|看直播|听音频|看全文|看更多|进入)|(?:扫码|扫一扫|扫扫|扫描|长按|识别|长按识别)[^。，,；;！!？?]{0,6}二维码)[^。，,；;！!？?]{0,10}$/
/** What a copy from a web page leaves of its markup on a line of its own: "> or /> or -->, with no word. */
const MARKUP_REMNANT = /^[\s"'<>/=-]*[<>][\s"'<>/=-]*$/
/** A half-width full stop after a Chinese character: a sentence in text typed with Latin punctuation, never a headline. */
const SENTENCE_STOP = new RegExp(`[${CJK}][.．]`)
/** Questions or exclamations with more words after each: a run of sentences (有哪些？什么样？能否确证？……), not a headline. */
const SENTENCES = /[？?！!][^？?！!]+[？?！!]./

/** A line ending in one of these breaks off mid-sentence: not a headline. */
const CLAUSE_END = '，,、：:！!？?'

/** Arrows pointing on to a page: >>>02, 》》A3版, →第5版, ▶5版 (one arrow only before 版: 1→5 is a range). */
const ARROW_POINTER = `(?:[>＞»》]{2,}|[→▶►](?=[^→▶►]*版$))[ \\t]*(?:详见|见|转)?(?:第[ \\t]*)?(?:(${SECTION_LETTER})[ \\t]*)?([0-9０-９]{1,3})[ \\t]*版?`
const ARROW_ALONE = new RegExp(`^${ARROW_POINTER}$`)
/** A teaser's line closed by its arrow (中共中央总书记习近平主持会议>>>02). */
const TRAILING_ARROW = new RegExp(`[ \\t]*${ARROW_POINTER}$`)
/** The most a teaser's text runs to before its arrow: a story's last line ending so is no teaser. */
const TEASER_MAX_CHARS = 200

/** The page a pointer line (详见今日第二版, 详见A3版, >>>02) sends the reader to. */
export function pointerTarget(text: string): PageDesignation | undefined {
  const m = text.trim().match(POINTER) ?? text.trim().match(ARROW_ALONE)
  return m ? pageDesignation(m[2] ?? '', m[1]) : undefined
}

export function isTeaserLabel(text: string): boolean {
  return TEASER_LABEL.test(text.trim())
}

function looksLikeHeadline(u: Unit): boolean {
  if (u.heading) return true
  const t = u.text
  // Every character is at least one column wide: a long unit is prose without measuring it.
  if (t.length > HEADLINE_MAX_WIDTH || displayWidth(t) > HEADLINE_MAX_WIDTH) return false
  if (/[。；;]/.test(t) || SENTENCE_STOP.test(t) || CLAUSE_END.includes(t.charAt(t.length - 1) || '.') || SENTENCES.test(t)) return false
  // Long lines with several commas are prose even without a full stop.
  return (t.match(/[，,]/g)?.length ?? 0) <= 1
}

export function classify(u: Unit): UnitRole {
  const t = u.text
  // A rule between stories (---, ***, ———, ＊＊＊) is page furniture: it parts them and is no headline.
  if (SEPARATOR.test(t) || WORDLESS.test(t) || MARKUP_REMNANT.test(t)) return 'meta'
  if (!u.heading && t.length <= 24 && QR_PROMPT.test(t)) return 'meta'
  // A page label set as a Markdown heading (## 第08版 国际) is the page's, not a story's headline.
  if (u.heading && standsApart(t)) return 'meta'
  if (!u.heading) {
    if (pointerTarget(t) !== undefined) return 'pointer'
    // E-paper site furniture (header, navigation, page list, footer) is metadata wherever it stands on the page; the line
    // under a title that names its author (作者:张三  时间:…) is the article's byline as well.
    if (isMetaLine(t)) return 'meta'
    const furniture = readFurniture(t)
    if (furniture) return furniture.authors ? 'byline' : 'meta'
    const credit = splitCredit(t)
    if (credit) return credit.caption ? 'caption' : 'credit'
    if (parseBylineLine(t) || COMMENTATOR_LINE.test(t)) return 'byline'
    // A line that closes the story above (作者为…, 来源：…, 采访整理, 新华社发, 相关报道见第二版, （本报…电）) is never the next one's headline.
    const note = readClosingNote(t)
    if (note) return note.kind === 'photo-credit' ? 'credit' : 'closing'
    if (splitDateline(t)) return 'body'
    // A dateline alone on its line heads the story's byline (本报杭州10月9日讯 / 记者 张三): never a headline.
    if (isBareDateline(t)) return 'byline'
  }
  return looksLikeHeadline(u) ? 'headline' : 'body'
}

/** The first unit after the run of furniture lines that starts at i. */
function afterFurniture(units: Classified[], i: number): Classified | undefined {
  let j = i
  while (units[j]?.role === 'meta') j++
  return units[j]
}

/** Prose, a byline, or a photo's caption or credit: what follows a story's headline. */
const opensStory = (u: Classified | undefined): boolean => u?.role === 'body' || u?.role === 'byline' || u?.role === 'caption' || u?.role === 'credit'

/** After the furniture at i, a numbered subhead (（一）, 一、) over prose: the first part of a story that has begun. */
function opensPart(units: Classified[], i: number): boolean {
  let j = i
  while (units[j]?.role === 'meta') j++
  const u = units[j]
  return u !== undefined && u.role === 'headline' && hasSubheadShape(u.text) && units[j + 1]?.role === 'body'
}

/** How far down the masthead's opening lines a page's label alone may stand (某某快报 / 2026年3月29日 / A02). */
const MASTHEAD_LABEL_LINES = 4

/** The masthead zone: the opening lines up to the last metadata or nameplate line before any prose. */
function mastheadLength(units: Classified[]): number {
  let end = 0
  for (let i = 0; i < units.length; i++) {
    const u = units[i]
    // A Markdown heading ends it, unless it is the nameplate itself (# 绍兴日报).
    if (u.role === 'body' || u.role === 'byline' || u.role === 'caption' || (u.heading && u.role !== 'meta' && !readNameplate(u.text))) break
    // A page's label alone (A02) opens the page or follows the nameplate and date lines straight on.
    if (u.role === 'meta' || readNameplate(u.text) || (i === end && i < MASTHEAD_LABEL_LINES && (i === 0 || LABEL_LIKE.test(u.text)) && readPageAlone(u.text))) {
      // Headline lines, then furniture, then a byline or prose: a story whose e-paper source line sits under its title.
      if (i > end && units[i - 1]?.role === 'headline' && opensStory(afterFurniture(units, i))) break
      // …or whose first part opens with its numbered subhead (（一）) above the prose.
      if (i > end && units[i - 1]?.role === 'headline' && opensPart(units, i)) break
      end = i + 1
    }
  }
  return end
}

/** Longest deck: the line or two a page sets between a story's headline and its byline (花好莫要采。). */
const DECK_MAX = 45

/** A draft with a headline and nothing under it yet but one short line of prose (no dateline), which a byline may still follow. */
function isDeck(d: Draft): boolean {
  const deck = d.body[0]
  if (d.kind !== 'article' || !d.head.length || d.bylines.length || d.body.length !== 1 || deck?.role !== 'body') return false
  return deck.text.length <= DECK_MAX && !splitDateline(deck.text)
}

/** A line ending in a dash or colon introduces what follows (read from the end: lines can be long). */
const introduces = (u: Unit | undefined): boolean => u !== undefined && '—：:'.includes(u.text.charAt(u.text.length - 1) || '#')

/**
 * A new draft starts at the first headline of a run — unless the line before introduces it (——, ：) — or at a byline
 * between stretches of prose.
 * Inside a run, a wide gap, a new block after a multi-line block, or a Markdown heading of the same or higher level starts another.
 */
function startsDraft(units: Classified[], i: number, current: Draft | undefined): boolean {
  const u = units[i]
  const prev = units[i - 1]
  if (!current) return true
  if (u.role === 'meta') return current.kind !== 'masthead'
  if (current.kind === 'masthead') return true
  // A closing note (作者为…, 来源：…) ends its story: what follows it, but another note or a credit, opens the next.
  if (prev?.role === 'closing' && u.role !== 'closing' && u.role !== 'credit') return true
  // A caption that says what the story's own picture shows (图为…) closes that story; another caption opens a photo of its own.
  // Loose pictures with no headline, numbered (图1：… 摄 / 图2：…): each numbered caption is a picture of its own.
  if ((u.role === 'caption' || u.role === 'body') && !current.head.length && NUMBERED_CAPTION.test(u.text) && NUMBERED_CAPTION.test(current.body[0]?.text ?? '')) return true
  if (u.role === 'caption') return current.body.some((b) => b.role === 'body') && !PICTURED.test(u.text) && !isCaptionOpening(current)
  // A bulleted brief (● 某某出版了…) under a picture's credit is the next item, not more of the caption.
  if (u.role === 'body' && (prev?.role === 'caption' || prev?.role === 'credit') && BRIEF_BULLET.test(u.text)) return true
  // …and so is the next bulleted brief after one with no headline.
  if (u.role === 'body' && !current.head.length && BRIEF_BULLET.test(u.text) && BRIEF_BULLET.test(current.body[0]?.text ?? '')) return true
  // A byline between two stretches of prose opens the next story, one printed without a headline (■ 记者 陈某 文/摄);
  // a deck under the headline is no stretch of prose.
  if (u.role === 'byline') return current.body.some((b) => b.role === 'body') && !isDeck(current) && units[i + 1]?.role === 'body'
  if (u.role !== 'headline') return false
  if (opensText(units, i, current)) return false
  if (prev?.role === 'headline' && current.body.length === 0) {
    const prevBlockMultiLine = units[i - 2]?.block === prev.block && u.block !== prev.block
    // Two headings of one level are two stories' titles; a lower heading right above a higher one is its kicker
    // (## 某地举行某活动 / # 主题), as buildHeadline reads it.
    const sameHeading = u.heading !== undefined && prev.heading !== undefined && u.heading === prev.heading
    return u.gap >= 2 || current.head.length >= 4 || prevBlockMultiLine || sameHeading
  }
  return !introduces(prev)
}

/**
 * A line of a headline's shape right under a story's byline, before any of its text, with prose under it, is the text's
 * first line (记者 张三 / “早上好，要来杯咖啡吗？” / 站在面前的…): a headline and a byline with no text are no story. Not
 * after a wide gap, nor above prose that opens with its own dateline.
 */
function opensText(units: Classified[], i: number, current: Draft): boolean {
  const [u, next] = [units[i], units[i + 1]]
  if (u?.role !== 'headline' || u.heading || u.gap >= 2 || units[i - 1]?.role !== 'byline' || next?.role !== 'body') return false
  // Prose opening with its own dateline (本报讯…) is the next story's, and the line its headline.
  return current.head.length > 0 && current.bylines.length > 0 && !current.body.length && !splitDateline(next.text)
}

/** A column's tag in brackets closing a line: (民生观), （一线探民生·说说节前暖心事①）. */
const CLOSING_TAG = /[^（(][（(][^（()）]{2,16}[）)]$/

/**
 * A short line that reads like a headline but is really the head of a paragraph cut by a column break:
 * it has clause punctuation or runs on into the next unit mid-word, and prose follows it directly (prose that does
 * not open a story with a dateline).
 */
function isCutParagraph(u: Classified, next: Classified | undefined, prev: Classified | undefined, before: Classified | undefined): boolean {
  if (u.role !== 'headline' || u.heading || !next || next.role !== 'body' || endsSentence(u.text)) return false
  // A paragraph is cut by a column break between stretches of text; right after furniture or a story's close, a line opens.
  if (!prev || prev.role === 'meta' || prev.role === 'closing' || prev.role === 'pointer') return false
  // A numbered or quoted line (一、…) is a headline or a subhead: its 、 is no clause break.
  if (hasSubheadShape(u.text)) return false
  // A column's tag closing the line (…,全社会的暖(民生观)) closes a headline, never the head of a cut paragraph.
  if (CLOSING_TAG.test(u.text.trim()) && !continues(u.text, next.text)) return false
  // Prose opening with a dateline (本报讯…) begins a story: the line above it is that story's headline, comma or not.
  if (splitDateline(next.text)) return false
  // Stacked right under a headline line, a line with a comma is its 副题 (某某须知 / 接种年龄为…，这些人群需注意): only a
  // word run on into the prose below makes it the cut head of a paragraph.
  // (A headline-like line run on from a story's prose, no blank line between, is its subhead: the comma line under it is
  // left to the rules below.)
  const inProse = before?.role === 'body' && before.block === prev.block
  if (prev.role === 'headline' && !prev.heading && prev.block === u.block && !inProse) return continues(u.text, next.text)
  // A list of names (某地、某地、某地等地) parts no clause: with 、 alone, only a break that reads as a join makes a cut.
  return /[，,]/.test(u.text) || continues(u.text, next.text)
}

/**
 * A clause ending in a dash or colon between two paragraphs (…形成后，将释放新的效应——): it leads into the paragraph
 * below. Without a comma (指令长某某——) it may be a subhead, and is left to the subhead rules.
 */
function isLeadIn(u: Classified, next: Classified | undefined, prev: Classified | undefined): boolean {
  if (u.role !== 'headline' || u.heading || !introduces(u) || !/[，,]/.test(u.text)) return false
  return prev?.role === 'body' && endsSentence(prev.text) && next?.role === 'body'
}

/** A line of ellipses (…………): a break inside a story, never a headline. */
const ELLIPSES = /^[\s\u3000]*(?:…|\.{3}|。{3}){2,}[\s\u3000]*$/

/** A rule or a row of marks with prose on both sides (no dateline below): a break between sections of one story. */
function isSectionBreak(u: Classified, next: Classified | undefined, prev: Classified | undefined): boolean {
  if (!prev || next?.role !== 'body') return false
  // A row of ellipses always leaves something out of a story; a rule does so only between two stretches of its prose.
  const mark = ELLIPSES.test(u.text) || (prev.role === 'body' && u.role === 'meta' && (SEPARATOR.test(u.text) || WORDLESS.test(u.text)))
  return mark && !splitDateline(next.text)
}

/**
 * A dateline alone on its line (新华社北京4月28日电) after a story's prose and before no prose of its own: the close of
 * the story above, as agencies print it under a feature — never the next story's headline.
 */
function isClosingDateline(u: Classified, next: Classified | undefined, prev: Classified | undefined): boolean {
  return prev?.role === 'body' && next?.role !== 'body' && isDatelineAlone(u.text)
}

/** A byline wholly in brackets: （本报记者 张三、李四）. */
const BRACKETED_LINE = /^[（(][^（()）]+[）)]$/

/**
 * A byline in brackets set right under a story's last paragraph, with a blank line or nothing after it (（本报记者甲、乙、
 * 丙）, a roundup's reporters): it closes the story above and opens none.
 */
function isClosingByline(u: Classified, next: Classified | undefined, prev: Classified | undefined): boolean {
  if (u.role !== 'byline' || prev?.role !== 'body' || u.gap > 0 || (next !== undefined && next.gap === 0)) return false
  return BRACKETED_LINE.test(u.text.trim()) && readClosingNote(u.text)?.kind === 'byline'
}

/** Prose, a closing note, or a byline in brackets: what a story's credit line may be set under. */
const closesAbove = (u: Classified | undefined): boolean =>
  u?.role === 'body' || u?.role === 'closing' || (u?.role === 'byline' && BRACKETED_LINE.test(u.text.trim()))

/** A quoted line that ends its own sentence inside the quotes (“骨碟！”, “先摆什么？”): speech, not a headline. */
const SPOKEN = /^[“"「][^“”"「」]*[。！？!?…][”"」]$/

/** A spoken line answering the quoted line of prose above it: dialogue inside a story, never the next story's headline. */
function isDialogueLine(u: Classified, prev: Classified | undefined): boolean {
  if (u.role !== 'headline' || !prev || !SPOKEN.test(u.text.trim())) return false
  // The line above may be a reply of its own not yet read as one (this pass runs from the bottom up).
  return (prev.role === 'body' && /[”"」]$/.test(prev.text.trim())) || (prev.role === 'headline' && SPOKEN.test(prev.text.trim()))
}

const LABEL_MAX = 12

/** A short line ending in a colon or dash right above a headline is that headline's label (记者手记：, 专家观点——), not prose. */
function isLabel(u: Classified, next: Classified | undefined): boolean {
  return u.role === 'body' && next?.role === 'headline' && u.text.length <= LABEL_MAX && introduces(u) && !/[，,。；;]/.test(u.text)
}

/** Longest kicker set as clauses (地处某地北部，面对贫困不气馁，搞活旅游促增收). */
const CLAUSE_KICKER_MAX = 40

/**
 * A line of clauses that ends no sentence (…，搞活旅游促增收; questions, 哪些问题须关注？哪些行业待帮扶？, may end it),
 * opening a block right over a headline line set with it that heads prose: that headline's kicker (引题), not a paragraph
 * with no story. A paragraph's last line would close a block, and one opening a block would run on below it.
 */
function isClauseKicker(u: Classified, next: Classified | undefined, prev: Classified | undefined, after: Classified | undefined): boolean {
  if (u.role !== 'body' || u.heading !== undefined || next?.role !== 'headline' || next.heading !== undefined || next.gap > 0 || next.block !== u.block) return false
  if (prev !== undefined && prev.block === u.block && prev.role !== 'meta') return false
  const t = u.text.trim()
  if (t.length > CLAUSE_KICKER_MAX || !/[，,？?]/.test(t) || /[。；;！!：:…]/.test(t) || (endsSentence(t) && !/[？?]$/.test(t))) return false
  return opensStory(after) && !continues(t, next.text)
}

/**
 * A line set right under a Markdown heading that ends no sentence, over prose opening with a dateline (## 某部门印发某方案
 * / 经过5年左右时间，…转变 / 新华社北京2月13日电 …): the heading's 副题, however long; the dateline opens the text.
 */
function isDeckUnderHeading(u: Classified, next: Classified | undefined, prev: Classified | undefined): boolean {
  if (u.role !== 'body' || u.heading !== undefined || u.gap > 0 || prev?.role !== 'headline' || prev.heading === undefined) return false
  return !endsSentence(u.text) && !/[。；;！!]/.test(u.text) && next?.role === 'body' && splitDateline(next.text) !== undefined
}

/** A unit with its role, built member by member so every classified unit has one shape (spreads make many, and slow the steps). */
const withRole = (u: Unit, role: UnitRole): Classified => ({ text: u.text, startLine: u.startLine, endLine: u.endLine, block: u.block, gap: u.gap, heading: u.heading, indented: u.indented, role })

export function classifyAll(units: Unit[]): Classified[] {
  const classified: Classified[] = units.map((u) => withRole(u, classify(u)))
  for (let i = classified.length - 2; i >= 0; i--) {
    const u = classified[i] as Classified
    if (isCutParagraph(u, classified[i + 1], classified[i - 1], classified[i - 2]) || isLeadIn(u, classified[i + 1], classified[i - 1]) || isDialogueLine(u, classified[i - 1])) u.role = 'body'
    else if (isLabel(u, classified[i + 1]) || isDeckUnderHeading(u, classified[i + 1], classified[i - 1]) || isClauseKicker(u, classified[i + 1], classified[i - 1], classified[i + 2])) u.role = 'headline'
    else if (isSectionBreak(u, classified[i + 1], classified[i - 1])) u.role = 'break'
    else if (isClosingDateline(u, classified[i + 1], classified[i - 1])) u.role = 'closing'
    // The editor's signature (——编者) closes the introduction above it, on its own line; it heads nothing.
    else if (isEditorSignature(u.text)) u.role = 'break'
    else if (isClosingByline(u, classified[i + 1], classified[i - 1])) u.role = 'closing'
    // A source under a headline and above the prose (某某 / □据 《某某晚报》 / prose) heads the story as a byline would.
    else if (u.role === 'closing' && classified[i - 1]?.role === 'headline' && classified[i + 1]?.role === 'body' && readClosingNote(u.text)?.kind === 'source') u.role = 'byline'
    // The writer's name signing off a letter or an essay, right above the note on who they are (冯某某 / （作者为…）).
    else if (u.role === 'headline' && classified[i - 1]?.role === 'body' && classified[i + 1]?.role === 'closing' && u.gap === 0 && parseBareNames(u.text)) u.role = 'closing'
    // (The line above may be a closing byline in brackets not yet read as one: this pass runs from the bottom up.)
    else if ((u.role === 'meta' || u.role === 'headline') && closesAbove(classified[i - 1]) && isLayoutCredit(u.text)) u.role = 'closing'
  }
  markTitleLists(classified)
  joinWrappedRecords(classified)
  return classified
}

/**
 * A furniture line between a story's headline (or byline) and its prose: an e-paper site prints the paper, date and
 * page under each article's byline (《人民日报》（2026年08月14日 第 05 版）). It does not end the story.
 */
function isFurnitureInHead(units: Classified[], i: number, d: Draft | undefined): boolean {
  return units[i]?.role === 'meta' && d?.kind === 'article' && d.body.length === 0 && d.head.length > 0 && (opensStory(afterFurniture(units, i)) || opensPart(units, i))
}

/** A headline line printed twice in a row (an e-paper site sets the title above the story and again at its top). */
function isRepeatedHeadline(u: Classified, d: Draft | undefined): boolean {
  const last = d?.head[d.head.length - 1]
  return u.role === 'headline' && d?.kind === 'article' && !d.bylines.length && !d.body.length && last !== undefined && last.text.trim() === u.text.trim()
}

export function segment(units: Unit[]): Draft[] {
  const classified = classifyAll(units)
  const top = mastheadLength(classified)
  markInterviews(classified, top)
  markPlainSubheads(classified, top)
  const drafts: Draft[] = []
  if (top > 0) {
    drafts.push({ kind: 'masthead', head: [], bylines: [], body: classified.slice(0, top).map((u) => withRole(u, readNameplate(u.text) ? 'nameplate' : u.role)) })
  }
  let current: Draft | undefined
  for (let i = top; i < classified.length; i++) {
    const u = classified[i] as Classified
    if (isSubhead(classified, i, current)) u.role = 'subhead'
    if (isFurnitureInHead(classified, i, current)) {
      // Kept as furniture just before its story, which goes on below it, from its first part's subhead when it has one.
      drafts.splice(drafts.length - 1, 0, { kind: 'masthead', head: [], bylines: [], body: [u] })
      if (opensPart(classified, i)) (afterFurniture(classified, i) as Classified).role = 'subhead'
      continue
    }
    if (isRepeatedHeadline(u, current)) {
      // Kept as the site's furniture just before its story.
      drafts.splice(drafts.length - 1, 0, { kind: 'masthead', head: [], bylines: [], body: [u] })
      continue
    }
    if (startsDraft(classified, i, current)) {
      current = { kind: u.role === 'meta' ? 'masthead' : 'article', head: [], bylines: [], body: [] }
      drafts.push(current)
    }
    const d = current as Draft
    const lastBody = d.body[d.body.length - 1]
    if (opensText(classified, i, d)) u.role = 'body'
    if (d.kind === 'masthead') d.body.push(u)
    else if (u.role === 'headline' && !d.bylines.length && (!lastBody || introduces(lastBody))) d.head.push(u)
    else if (u.role === 'byline' && (!d.body.length || isDeck(d))) takeByline(d, u)
    else d.body.push(u)
    // A pointer (详见第N版) closes a teaser.
    if (u.role === 'pointer') current = undefined
  }
  return mergePhotoGroups(adoptPackageHeadlines(joinSidebars(drafts).flatMap(splitLoosePhotos).map(settleKind)).flatMap(splitLoosePhotos))
}

/**
 * A byline joins its story's head. A deck set between the headline and the byline that ends in a dash or colon
 * introduces the headline: a kicker the copy moved below its title (某某较为完备，但有的无法运行——).
 */
function takeByline(d: Draft, u: Classified): void {
  const deck = d.body[0]
  if (deck && introduces(deck)) {
    d.head.unshift(withRole(deck, 'headline'))
    d.body.shift()
  }
  d.bylines.push(u)
}

const PEN_NAME = new RegExp(`^(?:[${CJK}]{2,3}|[${CJK}][ \\t\\u3000]+[${CJK}])$`)

/** A bare-name line right under the headline and above prose is a byline (周毅辉 / 江洁 王一凡). */
function takeBareNames(d: Draft): void {
  const lastHead = d.head[d.head.length - 1]
  // Under a headline and above prose, a lone 2–3 character line is an author (a pen name need not start with a common
  // surname), two characters padded apart too (木  舟).
  const proseFollows = d.body[0]?.role === 'body'
  const penName = lastHead !== undefined && proseFollows && PEN_NAME.test(lastHead.text)
  if (d.head.length > 1 && lastHead && !lastHead.heading && !d.bylines.length && d.body.length && (parseBareNames(lastHead.text) || penName)) {
    d.bylines.push(withRole(lastHead, 'byline'))
    d.head.pop()
    return
  }
  const first = d.body[0]
  if (d.head.length && !d.bylines.length && first && d.body.length > 1 && parseBareNames(first.text)) {
    d.bylines.push(withRole(first, 'byline'))
    d.body.shift()
  }
}

/**
 * A teaser whose text closes with the arrow to its page (…主持会议>>>02), under its headline: the arrow becomes the
 * teaser's pointer, its text the body (a line taken for a second headline line included).
 */
function takeTrailingArrow(d: Draft): void {
  if (d.body.some((u) => u.role === 'pointer') || d.bylines.length) return
  const inHead = !d.body.length && d.head.length >= 2
  const last = inHead ? d.head[d.head.length - 1] : d.body[d.body.length - 1]
  const m = last?.text.match(TRAILING_ARROW)
  if (!last || !m || m.index === undefined) return
  if (d.body.reduce((n, u) => n + u.text.length, 0) > TEASER_MAX_CHARS || !d.head.length) return
  if (inHead) d.head.pop()
  else d.body.pop()
  const text = last.text.slice(0, m.index)
  if (text.trim()) d.body.push(withRole({ ...last, text }, 'body'))
  d.body.push(withRole({ ...last, text: last.text.slice(m.index) }, 'pointer'))
}

function settleKind(d: Draft): Draft {
  if (d.kind === 'masthead') return d
  takeBareNames(d)
  takeTrailingArrow(d)
  const content = d.body.filter((u) => u.role !== 'pointer')
  if (d.body.some((u) => u.role === 'pointer')) d.kind = 'teaser'
  else if (isPhoto(d, content)) d.kind = 'photo'
  else if (!content.length && !d.bylines.length) d.kind = 'banner'
  else if (!d.head.length && !d.bylines.length) d.kind = takeRunInTitle(d) ? 'article' : 'headless'
  return d
}

/** A headless story whose first paragraph opens with its title on the same line: the title becomes its head. */
function takeRunInTitle(d: Draft): boolean {
  const first = d.body[0]
  const split = first?.role === 'body' ? splitRunInTitle(first.text) : undefined
  if (!first || !split) return false
  d.head.push(withRole({ ...first, text: split.title }, 'headline'))
  d.body[0] = { ...first, text: split.rest }
  return true
}

/** Captions separated only by a heading form one photo group under that heading (▲ caption / heading / ▼ caption). */
/** How many pictures a draft's text credits (李四 摄 closing each caption, or a line of its own). */
const credits = (d: Draft): number => d.body.filter((u) => u.role === 'credit' || (u.role === 'caption' && splitCredit(u.text)?.credit)).length

function mergePhotoGroups(drafts: Draft[]): Draft[] {
  const out: Draft[] = []
  for (const d of drafts) {
    const prev = out[out.length - 1]
    const prevIsLoosePhoto = prev?.kind === 'photo' && prev.head.length === 0
    if (d.kind === 'photo' && d.head.length > 0 && prevIsLoosePhoto) {
      prev.head = d.head
      prev.body.push(...d.body)
      continue
    }
    // An untitled photo after a titled package of photos (one headline over several captions) is the package's next picture.
    if (d.kind === 'photo' && d.head.length === 0 && prev?.kind === 'photo' && prev.head.length > 0 && credits(prev) >= 2) {
      prev.body.push(...d.body)
      continue
    }
    if (d.kind === 'headless' && d.body.every((u) => u.role === 'caption' || u.role === 'credit') && prev?.kind === 'photo') {
      prev.body.push(...d.body)
      continue
    }
    out.push(d)
  }
  return out
}
