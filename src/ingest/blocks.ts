// Step 3: page text → units. A unit is one paragraph-like piece: a blank-line
// block, a Markdown heading, or one paragraph of a hard-wrapped block.
import { parseBareNames, parseBylineLine, splitCredit, splitDateline } from './byline'
import { standsApart } from './epaper'
import { continues as runsOn } from './reflow'
import { displayWidth, endsSentence, joinFragments, PARAGRAPH_INDENT } from './text'
import { unwrap } from './unwrap'

export interface Unit {
  text: string
  startLine: number
  endLine: number
  /** Index of the blank-line-separated block this unit came from. */
  block: number
  /** Blank lines before this unit: a wider gap separates more strongly. */
  gap: number
  /** 1 for `#`, 2 for `##`, …; undefined for plain text (always present, so every unit has the same shape). */
  heading: number | undefined
  /** Its first line opens with a paragraph's indent (an ideographic space, or two spaces). */
  indented: boolean
}

/** Hard wrapping only makes sense for lines at least this wide (≈ 20 CJK characters)… */
const MIN_WRAP_WIDTH = 40
/**
 * …or, in a block of three lines or more, this wide (≈ 10 characters): newspaper columns are often that narrow, and
 * three lines at one width tell a wrapped column from a stack of short lines (a two-line headline, a name and a title).
 */
const MIN_NARROW_WRAP_WIDTH = 20
/** Longest line read as a byline of its own inside a block. */
const BYLINE_MAX = 40
const PROSE_PUNCTUATION = /[，。；！？、,;!?]/
const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/
/** Some line could be a heading: most pages have none, and then there is nothing to strip. */
const HEADING_ANYWHERE = /^#/m
/** Markdown strong emphasis, **本报讯** or __本报讯__, on one line: markup, not text. */
// The content never holds the marker itself, so each attempt stops at the next marker: linear, however many a line has.
const EMPHASIS = /(\*\*|__)(?=[^\s*_])((?:(?!\1).)+?)(?<=[^\s*_])\1/g
const EMPHASIS_ANYWHERE = /\*|__/
const STRONG_ANYWHERE = /\*\*|__/
/** A whole line set in Markdown italics (*某某日报 2024-03-29 第1版*): a site's footer or a caption so marked. */
const LINE_EMPHASIS = /^(\s*)\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(\s*)$/

/** The line without Markdown emphasis markers: strong anywhere, italics around the whole line. */
function withoutEmphasis(line: string): string {
  if (!EMPHASIS_ANYWHERE.test(line)) return line
  const strong = STRONG_ANYWHERE.test(line) ? line.replace(EMPHASIS, '$2') : line
  return strong.includes('*') ? strong.replace(LINE_EMPHASIS, '$1$2$3') : strong
}

interface Line {
  text: string
  no: number
}

/** Verse lines and list items end in punctuation; wrapped prose breaks wherever the column ends. */
const VERSE_LINE_END = /[，。！？；：、,!?;:…—”’」』）)]$/
/** Wider lines than this (16 characters) are prose, not verse. */
const MAX_VERSE_WIDTH = 32
/** Lines a block under a heading must have, and how wide each may be, to be text set line by line. */
const LINE_BY_LINE_MIN = 5
const MAX_LINE_BY_LINE_WIDTH = 48

/** A line closed by a photo credit's 摄, with the picture's source in brackets after it or not. */
const CREDIT_CLOSE = /摄(?:[（(][^（()）\s]{1,8}[）)])?[）)]?[ \t\u3000]*$/

/** Module-level helpers, not closures: splitBlock runs once per block, and a named closure costs its creation each time. */
function isIndented(l: Line): boolean {
  return PARAGRAPH_INDENT.test(l.text)
}

/** Does the run of lines from i (to the first line short of the column) end without a sentence's end, as a headline does? */
function runEndsOpen(lines: Line[], widths: number[], max: number, i: number): boolean {
  let j = i
  while (j < lines.length - 1 && (widths[j] as number) >= max * 0.85 && !isIndented(lines[j + 1] as Line)) j++
  return !endsSentence((lines[j] as Line).text)
}

/** Lines wide enough to tell a page's column, and how many of them must share one width for the page to be hard-wrapped. */
const COLUMN_LINES_MIN = 8
const COLUMN_SHARE = 0.4
/** How far a full line may fall short of the column: half-width digits and Latin letters take half a column each. */
const COLUMN_SLACK = 3

/**
 * The width a hard-wrapped page fills its lines to (OCR of a narrow column, or text wrapped by a tool): the most common
 * width of its wider lines, when a good share of them has it. Undefined for a page of one paragraph per line.
 */
function pageColumn(lines: readonly string[]): number | undefined {
  const counts = new Map<number, number>()
  let wide = 0
  for (const raw of lines) {
    const w = displayWidth(raw.trim())
    if (w < MIN_NARROW_WRAP_WIDTH) continue
    wide++
    counts.set(w, (counts.get(w) ?? 0) + 1)
  }
  if (wide < COLUMN_LINES_MIN) return undefined
  // The commonest width, the widest of those equally common.
  let mode = 0
  let most = 0
  for (const [w, n] of counts) if (n > most || (n === most && w > mode)) [mode, most] = [w, n]
  let near = 0
  for (const [w, n] of counts) if (w <= mode && w >= mode - COLUMN_SLACK) near += n
  return near >= wide * COLUMN_SHARE ? mode : undefined
}

/** Every line of the block but the last filled to the page's column, and none wider: a wrapped paragraph or headline. */
function fillsColumn(widths: number[], column: number | undefined): boolean {
  // A line may run a little past the column: a closing mark the OCR kept on it, or half-width marks at its end.
  const top = (column ?? 0) + 2
  if (column === undefined || widths.length < 2 || (widths[widths.length - 1] as number) > top) return false
  return widths.slice(0, -1).every((w) => w <= top && w >= column - COLUMN_SLACK)
}

const INTRODUCES_END = /(?:——|[：:])$/

/**
 * Decides where a multi-line block breaks into paragraphs, treating full-width lines as wrapped. A block of three or
 * more short lines that each end in punctuation is verse or a list (春风吹过南湖，/ 湖面泛起涟漪。): one unit whose
 * lines stay lines.
 */
function splitBlock(lines: Line[], block: number, gap: number, column: number | undefined, underHeading = false): Unit[] {
  const widths = lines.map((l) => displayWidth(l.text.trim()))
  const verse = lines.length >= 3 && widths.every((w) => w <= MAX_VERSE_WIDTH) && lines.every((l) => VERSE_LINE_END.test(l.text.trimEnd()))
  // Under a Markdown heading, a block of many short lines with no sentence's end among them is the story's text set line
  // by line (a poem, a video's script): more lines than any headline has, and no sentence to part them by.
  const lineByLine = underHeading && lines.length >= LINE_BY_LINE_MIN && widths.every((w) => w <= MAX_LINE_BY_LINE_WIDTH) && !lines.some((l) => /[。！？!?；;]/.test(l.text))
  if (verse || lineByLine) {
    const first = lines[0] as Line
    const last = lines[lines.length - 1] as Line
    return [{ text: lines.map((l) => l.text.trim()).join('\n'), startLine: first.no, endLine: last.no, block, gap, heading: undefined, indented: isIndented(first) }]
  }
  const max = Math.max(...widths)
  // Hard-wrapped text has most lines at the wrap width; a block of one paragraph per line has widths all over the place.
  const nearMax = widths.filter((w) => w >= max * 0.85).length
  const wide = lines.length >= 2 && max >= MIN_WRAP_WIDTH
  // A narrow column has clause punctuation in its lines, or every line but the last filled to the column's width; a
  // stack of headline, subtitle and byline lines (“菜篮子”工程惠民生 / ——我市蔬菜基地建设见闻 / 记者 李四) has neither.
  // Two headline lines of one length over a byline are no filled column either: the byline is not the column's last line.
  const lastText = (lines[lines.length - 1] as Line).text.trim()
  const narrow =
    lines.length >= 3 &&
    max >= MIN_NARROW_WRAP_WIDTH &&
    (lines.some((l, i) => i < lines.length - 1 && PROSE_PUNCTUATION.test(l.text)) ||
      (widths.slice(0, -1).every((w) => w >= max * 0.9) && !(lastText.length <= BYLINE_MAX && parseBylineLine(lastText))))
  const wrapped = ((wide || narrow) && nearMax * 2 >= lines.length) || fillsColumn(widths, column)
  // Paragraphs here open indented, so an unindented line after a sentence's end may open a headline instead.
  const indentMarked = wrapped && lines.some(isIndented) && lines.some((l) => !isIndented(l))
  const units: Unit[] = []
  const headlineStack = lines.length <= 3 && !lines.some((l) => /[。；;]/.test(l.text))
  // (Not where the first line fills the page's column: the wrap cut it there, between words or not.)
  const pair = lines.length === 2 && headlineStack && !lines.some((l) => /[！!？?]./.test(l.text.trim())) && !fillsColumn(widths, column)
  let current: Unit | undefined
  lines.forEach((line, i) => {
    const text = line.text.trim()
    const indented = isIndented(line)
    const prev = lines[i - 1]
    const continues =
      current !== undefined &&
      wrapped &&
      !indented &&
      (widths[i - 1] >= max * 0.85 || !endsSentence(prev.text)) &&
      widths[i - 1] >= max * 0.6 &&
      // A dateline (本报讯…) opens a paragraph, whatever the line above; so does a byline (本报记者  张三) and a line of
      // names alone (王小明) closing a stack of headline lines: a short block without a full stop.
      splitDateline(text) === undefined &&
      // A photo credit (…。 记者 王五 摄) closes its caption: the next picture's caption opens below it.
      // The picture's source may follow in brackets (王五 摄（新华社发）, 王五 摄(某某视觉)).
      !(prev && CREDIT_CLOSE.test(prev.text) && splitCredit(prev.text) !== undefined) &&
      !(text.length <= BYLINE_MAX && (parseBylineLine(text) || (i === lines.length - 1 && headlineStack && parseBareNames(text)))) &&
      // In a short stack with no full stop, a line ending in a dash or colon leads into the line below (a kicker over its
      // title: 某某25年坚守岗位—— / “社区就是家”): two lines, however wide.
      !(headlineStack && prev !== undefined && INTRODUCES_END.test(prev.text.trimEnd())) &&
      // Two headline lines (a kicker over its title): one line run on into the next only where the break cuts a word
      // or the second cannot open a line.
      !(pair && prev !== undefined && !/[，,、]$/.test(prev.text.trimEnd()) && !runsOn(prev.text.trim(), text)) &&
      !(indentMarked && endsSentence(prev.text) && runEndsOpen(lines, widths, max, i))
    if (current && continues) {
      // A space the wrap fell on still separates headline parts and names (郑某 | 周某某 摄).
      const spaceAtBreak = /[ \t\u3000]$/.test(prev?.text ?? '') || /^[ \t\u3000]/.test(line.text)
      current.text = spaceAtBreak ? `${current.text} ${text}` : joinFragments(current.text, text)
      current.endLine = line.no
    } else {
      current = { text, startLine: line.no, endLine: line.no, block, gap: units.length ? 0 : gap, heading: undefined, indented }
      units.push(current)
    }
  })
  return units
}

export function toUnits(text: string): Unit[] {
  const units: Unit[] = []
  const lines = text.split('\n')
  const column = pageColumn(lines)
  // Most pages have no emphasis markers at all: then no line is searched for them.
  const emphasis = EMPHASIS_ANYWHERE.test(text)
  let pending: Line[] = []
  let block = 0
  let gap = 0
  const flush = () => {
    if (pending.length) {
      // Under a story's heading (not a page label set as one: ## 第03版 要闻, a list of the page's titles may follow that).
      const above = units[units.length - 1]
      units.push(...splitBlock(pending, block++, gap, column, above?.heading !== undefined && !standsApart(above.text)))
      gap = 0
    }
    pending = []
  }
  lines.forEach((raw, i) => {
    const no = i + 1
    if (raw.trim() === '') {
      flush()
      gap++
      return
    }
    const heading = raw.match(HEADING)
    if (heading) {
      flush()
      if (heading[2]) units.push({ text: emphasis ? withoutEmphasis(heading[2]) : heading[2], startLine: no, endLine: no, block: block++, gap, heading: heading[1].length, indented: false })
      gap = 0
      return
    }
    const line = emphasis ? withoutEmphasis(raw) : raw
    // E-paper site furniture (上一版 下一版, a footer) and page labels stand alone even without blank lines around them:
    // they must not join a story's paragraph, nor make a hard-wrapped story look unwrapped.
    if (standsApart(line)) {
      flush()
      units.push({ text: line.trim(), startLine: no, endLine: no, block: block++, gap, heading: undefined, indented: PARAGRAPH_INDENT.test(line) })
      gap = 0
      return
    }
    pending.push({ text: line, no })
  })
  flush()
  return units
}

/**
 * The page's text with Markdown heading and emphasis markers removed: what the nothing-lost check expects to find in
 * the bundle. `unwrapped` is unwrap(text).text when the caller has it already.
 */
export function withoutMarkup(text: string, unwrapped?: string): string {
  if (!HEADING_ANYWHERE.test(text) && !EMPHASIS_ANYWHERE.test(text)) return text
  // Read as the steps read it: emphasis a hard wrap cut across two lines (**本报 / 讯**) is markup once rejoined.
  return (unwrapped ?? unwrap(text).text)
    .split('\n')
    .map((raw) => withoutEmphasis(raw.match(HEADING)?.[2] ?? raw))
    .join('\n')
}
