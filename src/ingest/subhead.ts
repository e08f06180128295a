// Subheads (小标题) inside a story: the short lines a feature, a report or an
// interview is divided by. They look like headlines, so without this step each
// one opened a story of its own and cut its story in two; and with no sentence
// end they were glued onto the paragraph below. Which headline-like lines of a
// story are its subheads is settled here too.
import { parseBareNames, splitDateline } from './byline'
import { LIST_BULLET } from './headline'
import { continues } from './reflow'
import type { Classified, Draft } from './segment'
import { CJK, endsSentence } from './text'

/** Measure words after an ordinal (第四十二封家书, 第三届, 第五次): a phrase of its own, not a numbered part (第一，…). */
const ORDINAL_MEASURE = '封个次届批期季天年月日名位场轮条项件座家所章节回号'
/** Numbered: 一、 (一) 1. ① 第一, … — the number alone must be followed by words. */
const NUMBERED = new RegExp(`^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[0-9０-９]{1,2}[、．.](?![0-9０-９])|[①-⑳]|第[一二三四五六七八九十]{1,3}(?![一二三四五六七八九十])(?:[，,、：:\\s\\u3000]|(?=[${CJK}])(?![${ORDINAL_MEASURE}])))`)
/** The whole line in quotes or lenticular brackets: “从被动到主动”, 【一线直击】. */
const ENCLOSED = /^(?:“[^“”]{2,30}”|「[^「」]{2,30}」|【[^【】]{2,30}】)$/
/** A bullet mark before a short phrase: ◆ 从被动到主动 (▲ opens a photo caption, ■/□ a byline: not here). */
const BULLETED = /^[◆◇●○★☆♦][\s\u3000]*\S/
/** The question of a Q&A: 问：… / 记者：… / 主持人：… / Q：… */
const QUESTION = /^(?:问|记者|主持人|本报记者|Q)[\s\u3000]*[：:]/
/** A short label and a quotation (思想引领：“服务人民、奉献祖国，是正确方向”): the commas are the quotation's own. */
const LABELLED_QUOTE = new RegExp(`^[${CJK}]{2,8}[：:][\\s\\u3000]*“[^“”]{2,40}”$`)
/** Sentence punctuation inside: prose, not a subhead. */
const SENTENCE_MARK = /[。；;！!]/
/** A comma is prose too, except after a number: 一、坚持守正创新，推动文化繁荣. */
const COMMA = /[，,]/

const MAX_SUBHEAD = 32
const MAX_QUESTION = 90

/** Does the line have a subhead's shape: numbered, enclosed, bulleted, a labelled quotation, or a Q&A question? */
export function hasSubheadShape(text: string): boolean {
  const t = text.trim()
  if (!t) return false
  if (QUESTION.test(t)) return t.length <= MAX_QUESTION && /[？?]$/.test(t)
  if (LABELLED_QUOTE.test(t)) return !/[。；;！!？?]”$/.test(t)
  if (t.length > MAX_SUBHEAD || SENTENCE_MARK.test(t) || /[：:、，,]$/.test(t)) return false
  if (NUMBERED.test(t)) return true
  return !COMMA.test(t) && (ENCLOSED.test(t) || BULLETED.test(t))
}

/**
 * A subhead (小标题) of the story being read: a line of a subhead's shape, or a Markdown heading below the story's own,
 * inside a story that has begun (prose or a byline above it) and with prose after it that opens no story of its own.
 */
export function isSubhead(units: Classified[], i: number, d: Draft | undefined): boolean {
  const u = units[i] as Classified
  if (!d || d.kind !== 'article' || (u.role !== 'headline' && u.role !== 'body')) return false
  // A note closing the story above (（作者为…）) ended it: the line after it opens the next.
  if (units[i - 1]?.role === 'closing') return false
  const next = units[i + 1]
  if (!next || next.role !== 'body') return false
  const shaped = u.heading !== undefined ? d.head.some((h) => h.heading !== undefined && h.heading < (u.heading as number)) : hasSubheadShape(u.text)
  if (!shaped || (!d.bylines.length && !d.body.some((b) => b.role === 'body'))) return false
  return !splitDateline(next.text)
}

/** Longest plain subhead: a phrase (推动服务业扩能提质), or a label and a phrase (某某遗址：实证某王建都于此), never a sentence. */
const PLAIN_SUBHEAD_MAX = 36
/** How many plain subheads a story must have before any is trusted (a lone one may be the next story's headline). */
const PLAIN_SUBHEADS_MIN = 2

/** Longest half of a subhead set as two clauses. */
const CLAUSE_HALF_MAX = 16
const CLAUSE_HALF_MIN = 3

/**
 * A subhead set as two clauses split by a comma (奔跑者，风雨兼程 / 监管关口前移，从源头规范预付式消费): it reads as
 * a line of prose, but no sentence ends it and neither clause is long. A paragraph of prose ends its sentence.
 */
export function isClauseSubhead(text: string): boolean {
  const t = text.trim()
  if (endsSentence(t) || SENTENCE_MARK.test(t) || /[：:、，,”"]$/.test(t)) return false
  const halves = t.split(COMMA)
  return halves.length === 2 && halves.every((h) => h.length >= CLAUSE_HALF_MIN && h.length <= CLAUSE_HALF_MAX)
}

/** A line of prose in a subhead's two-clause shape; a paragraph cut short at a line break can look the same. */
const isClauseCandidate = (u: Classified): boolean => u.role === 'body' && isClauseSubhead(u.text)

/** A headline-like line between two paragraphs of prose: a plain subhead, or the headline of a story with no byline. */
function plainSubheadCandidate(units: Classified[], i: number, leadIn = 0): boolean {
  const u = units[i] as Classified
  const prev = units[i - 1]
  const next = units[i + 1 + leadIn]
  const shaped = u.role === 'headline' || isClauseCandidate(u)
  return (
    // A list bullet marks the headline of one brief in a column of briefs, never a subhead.
    shaped && u.heading === undefined && u.text.length <= PLAIN_SUBHEAD_MAX && !LIST_BULLET.test(u.text) &&
    prev?.role === 'body' && endsSentence(prev.text) &&
    next?.role === 'body' && !splitDateline(next.text) &&
    // Where a story's paragraphs follow each other with no blank line, a blank line before a headline ends the story.
    !(u.gap > 0 && prev.gap === 0)
  )
}

/** A short line leading into the paragraph below it (习近平主席强调——, 专家说：), right under a plain subhead candidate. */
function isLeadInLine(u: Classified | undefined): boolean {
  return u !== undefined && u.role === 'headline' && u.heading === undefined && u.text.length <= PLAIN_SUBHEAD_MAX && /(?:——|—|：|:)$/.test(u.text.trim())
}

const HEAD_ROLES = new Set(['headline', 'byline'])

/** Longest run of stacked subhead lines: a lead-in and the subhead it introduces. */
const SUBHEAD_RUN_MAX = 2

/**
 * The end of a run of one or two headline lines from i, each indented as a paragraph with no blank line before it, between
 * indented paragraphs; i when there is none.
 */
function indentedHeadRun(units: Classified[], i: number): number {
  const prev = units[i - 1]
  if (prev?.role !== 'body' || !prev.indented) return i
  let j = i
  while (j < units.length && j - i < SUBHEAD_RUN_MAX) {
    const u = units[j] as Classified
    if ((u.role !== 'headline' && !isClauseCandidate(u)) || !u.indented || u.gap > 0 || u.heading !== undefined || u.text.length > PLAIN_SUBHEAD_MAX) break
    j++
  }
  const next = units[j]
  return j > i && next?.role === 'body' && next.indented && next.gap === 0 && !splitDateline(next.text) ? j : i
}


/** Longest label opening a story's text (核心阅读, 开栏的话, 人物小传, 编者按). */
const LABEL_MAX = 8
/** Labels papers print only to open a story's text, never as a headline's part: they need no layout to tell. */
const TEXT_LABEL = /^(?:核心阅读|阅读提示|内容提要|人物小传|编者按)$/

/**
 * A short label right under a story's headline that opens its text (核心阅读, 开栏的话, 人物小传): set as the paragraphs
 * are and not as the headline — indented with them under a headline that is not, or, where every story is a block,
 * opening the block of prose under the head. The label is the text's, not a 副题.
 */
function opensBody(units: Classified[], i: number, blockSet: boolean): boolean {
  const u = units[i] as Classified
  const head = units[i - 1]
  const next = units[i + 1]
  if (u.role !== 'headline' || u.heading !== undefined || head?.role !== 'headline' || next?.role !== 'body' || next.gap > 0) return false
  const t = u.text.trim()
  if (t.length > LABEL_MAX || /[\p{P}\s]/u.test(t) || splitDateline(next.text)) return false
  if (TEXT_LABEL.test(t)) return true
  if (u.indented && !head.indented && next.indented && u.gap === 0) return true
  return blockSet && u.gap > 0 && units[i + 2]?.role === 'body' && units[i + 2]?.gap === 0
}

/** Stories headed by Markdown headings on a page before its plain headline-like lines are taken for subheads. */
const HEADED_STORIES_MIN = 2

/** Paragraph joints (prose right after prose) a page must have before the way it sets them tells anything. */
const BLOCK_LAYOUT_MIN_JOINTS = 8
/** Share of those joints with no blank line, on a page that sets each story as one block. */
const BLOCK_LAYOUT_SHARE = 0.95

/**
 * Does the page set each story as one block: its paragraphs follow each other with no blank line between them, and
 * blank lines stand only between stories (a head, then the story's block)? Many archives and crawls keep pages so.
 */
function setsStoriesAsBlocks(units: Classified[], from: number): boolean {
  let joints = 0
  let tight = 0
  let apart = false
  for (let i = from + 1; i < units.length; i++) {
    const u = units[i] as Classified
    if (u.gap > 0) apart = true
    if (u.role !== 'body' || units[i - 1]?.role !== 'body') continue
    joints++
    if (u.gap === 0) tight++
  }
  return apart && joints >= BLOCK_LAYOUT_MIN_JOINTS && tight >= joints * BLOCK_LAYOUT_SHARE
}

/**
 * The end of a run of one or two lines from i that `takes` accepts, set between a paragraph that ends its sentence and
 * prose (`opens` the run's next unit) that opens no story of its own; i when there is none.
 */
function subheadRun(units: Classified[], i: number, takes: (u: Classified, j: number) => boolean, opens: (next: Classified) => boolean): number {
  const prev = units[i - 1]
  if (prev?.role !== 'body' || !endsSentence(prev.text)) return i
  let j = i
  while (j < units.length && j - i < SUBHEAD_RUN_MAX) {
    const u = units[j] as Classified
    if (!takes(u, j) || u.heading !== undefined || u.text.length > PLAIN_SUBHEAD_MAX || LIST_BULLET.test(u.text)) break
    j++
  }
  const next = units[j]
  return j > i && next?.role === 'body' && opens(next) && !splitDateline(next.text) ? j : i
}

/**
 * On a page that sets stories as blocks: a run of one or two headline-like lines inside a block, the second of which may
 * read as a line of prose that ends no sentence (“以前靠天吃饭，现在要换个活法”) unless the prose below goes on from it.
 */
function blockSubheadRun(units: Classified[], i: number): number {
  // The prose above must be a story's: under its head, or not the first line of its block (a question set above a
  // headline, 哪些问题须关注？, opens a block too).
  const prev = units[i - 1]
  const above = units[i - 2]
  if (prev !== undefined && above?.block !== prev.block && !HEAD_ROLES.has(above?.role ?? 'body')) return i
  const takes = (u: Classified, j: number) =>
    u.gap === 0 && (u.role === 'headline' || isClauseCandidate(u) || (j > i && u.role === 'body' && !endsSentence(u.text) && !SENTENCE_MARK.test(u.text) && !continues(u.text, units[j + 1]?.text ?? '')))
  return subheadRun(units, i, takes, (next) => next.gap === 0)
}

/** Under a story's Markdown heading: a run of one or two plain headline lines between its paragraphs. */
const headedSubheadRun = (units: Classified[], i: number): number => subheadRun(units, i, (u) => u.role === 'headline', () => true)

/** A line of bare names between a headline and prose (申长雨): the author, so the story names who wrote it. */
function isAuthorUnderHeadline(units: Classified[], i: number): boolean {
  const u = units[i] as Classified
  return u.role === 'headline' && units[i - 1]?.role === 'headline' && units[i + 1]?.role === 'body' && parseBareNames(u.text) !== undefined
}

/**
 * Plain subheads (推动服务业扩能提质, with no number or quotes): inside a story that names its reporter (a byline, a
 * dateline or a line of bare names under the headline), headline-like lines set between paragraphs, when the story has
 * several of them before the next story begins (a headline over a byline, a dateline or another headline line, or a
 * note closing the story).
 */
export function markPlainSubheads(units: Classified[], from: number): void {
  const blockSet = setsStoriesAsBlocks(units, from)
  // Does the page head its stories with Markdown headings? One heading alone may be the only story so marked.
  const headsByHeadings = units.filter((u, k) => k >= from && u.role === 'headline' && u.heading !== undefined).length >= HEADED_STORIES_MIN
  let attributed = false
  // Is the story being read headed by a Markdown heading?
  let headed = false
  let candidates: number[] = []
  // Lead-in lines taken with the subhead above them: they do not count as subheads of their own.
  const leadIns = new Set<number>()
  // Is the story's headline set with a paragraph's indent? Where it is not, an indented line is set as the paragraphs are.
  let headIndented = true
  const settle = () => {
    // Two-clause lines count only when the story has several: one alone may be a paragraph cut at a line break.
    const clauses = candidates.filter((k) => isClauseCandidate(units[k] as Classified)).length
    const kept = clauses >= PLAIN_SUBHEADS_MIN ? candidates : candidates.filter((k) => !isClauseCandidate(units[k] as Classified))
    if (attributed && kept.filter((k) => !leadIns.has(k)).length >= PLAIN_SUBHEADS_MIN) for (const k of kept) (units[k] as Classified).role = 'subhead'
    candidates = []
  }
  for (let i = from; i < units.length; i++) {
    const u = units[i] as Classified
    // Under a headline set out of the paragraphs' indent, a line or two of headline set with it between its paragraphs
    // (新生—— / “想干事的观念已经深入人心”) are the story's subheads.
    const run = headIndented ? i : indentedHeadRun(units, i)
    if (run > i) {
      for (let k = i; k < run; k++) (units[k] as Classified).role = 'subhead'
      i = run - 1
      continue
    }
    // Where every story is a block of its own, a headline-like line inside a block, with prose right above and below
    // it, is a subhead (with the line under it, when that one reads as a headline too): the next story would stand apart.
    // Under a Markdown heading, one or two plain headline lines between its paragraphs are its subheads just as well:
    // the next story's headline would be a heading too.
    if (opensBody(units, i, blockSet)) {
      u.role = 'subhead'
      continue
    }
    const inBlock = blockSet ? blockSubheadRun(units, i) : headed && headsByHeadings ? headedSubheadRun(units, i) : i
    if (inBlock > i) {
      for (let k = i; k < inBlock; k++) (units[k] as Classified).role = 'subhead'
      i = inBlock - 1
      continue
    }
    if (plainSubheadCandidate(units, i)) {
      candidates.push(i)
      continue
    }
    // A subhead with a lead-in line under it (听党指挥 闻令而动 / 习近平主席强调—— / prose): both go with the story.
    if (isLeadInLine(units[i + 1]) && plainSubheadCandidate(units, i, 1)) {
      candidates.push(i, i + 1)
      leadIns.add(i + 1)
      i++
      continue
    }
    // Site furniture set between a story's head and its prose (the paper, date and page under the byline) ends nothing.
    const furnitureInHead = u.role === 'meta' && HEAD_ROLES.has(units[i - 1]?.role ?? 'meta') && units[i + 1]?.role === 'body'
    const ends = (u.role === 'meta' && !furnitureInHead) || u.role === 'closing' || u.role === 'pointer' || u.role === 'headline'
    if (ends) {
      // A note closing the story (（新华社某地某日电）, （作者为…）) names where it comes from, as a byline would.
      if (u.role === 'closing') attributed = true
      settle()
      // A story whose headline is a Markdown heading: its plain headline-like lines cannot be the next story's (that
      // one would be a heading too).
      headed = u.role === 'headline' && u.heading !== undefined
      attributed = isAuthorUnderHeadline(units, i) || headed
      if (u.role === 'headline') headIndented = u.indented
    } else if (!attributed && (u.role === 'byline' || (u.role === 'body' && splitDateline(u.text)))) {
      attributed = true
    }
  }
  settle()
}
