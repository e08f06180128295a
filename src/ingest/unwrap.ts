// Step 2b: undo a hard wrap. Text cut into lines of a fixed number of characters (a narrow column's OCR, a
// terminal's copy) cuts headlines, bylines and captions as well as prose; rejoined before the page is split into
// units, the page reads as it was printed.
import { parseBylineLine, splitDateline } from './byline'
import { standsApart } from './epaper'
import { continues } from './reflow'
import { endsSentence, PARAGRAPH_INDENT } from './text'

/** Narrower lines than this are not taken for a wrap width: a column of stubs says nothing. */
const MIN_WRAP_CHARS = 10
/** A wrap shows at its width on at least this many lines… */
const MIN_FULL_LINES = 3
/** …and on this share of the lines at least half as long: a page of one paragraph per line has lengths all over. */
const MIN_FULL_SHARE = 0.3
/** Lines longer than the width (a headline an OCR left whole) are few on a wrapped page. */
const MAX_LONGER_SHARE = 0.1

const charCount = (line: string): number => {
  let n = 0
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    // A surrogate pair is one character, as a wrap counts them.
    if (c < 0xdc00 || c > 0xdfff) n++
  }
  return n
}

/**
 * The number of characters a hard-wrapped page was cut at, from the lengths of its lines: the commonest length that
 * most long lines share and hardly any line exceeds. Undefined for a page that is not wrapped.
 */
export function wrapWidth(lengths: readonly number[]): number | undefined {
  const counts = new Map<number, number>()
  for (const n of lengths) counts.set(n, (counts.get(n) ?? 0) + 1)
  return widthOf(counts)
}

/** wrapWidth from how many lines have each length. */
function widthOf(counts: ReadonlyMap<number, number>): number | undefined {
  let width = 0
  let full = 0
  for (const [n, k] of counts) if (n >= MIN_WRAP_CHARS && (k > full || (k === full && n > width))) [width, full] = [n, k]
  if (full < MIN_FULL_LINES) return undefined
  let longer = 0
  let half = 0
  for (const [n, k] of counts) {
    if (n > width) longer += k
    if (n * 2 >= width) half += k
  }
  return full >= half * MIN_FULL_SHARE && longer <= full * MAX_LONGER_SHARE ? width : undefined
}

/** The UTF-16 units String.prototype.trim removes: white space and line terminators. */
const isTrimmed = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff

/**
 * How many of the body's lines that are not blank have each length (in characters, as charCount counts them): one pass
 * over the text, with no line cut out of it, since most pages are not wrapped and need nothing more.
 */
function lineLengths(body: string): Map<number, number> {
  const counts = new Map<number, number>()
  let n = 0
  let blank = true
  for (let i = 0; i <= body.length; i++) {
    const c = i < body.length ? body.charCodeAt(i) : 0x0a
    if (c === 0x0a) {
      if (n > 0 && !blank) counts.set(n, (counts.get(n) ?? 0) + 1)
      n = 0
      blank = true
      continue
    }
    // A surrogate pair is one character, as a wrap counts them.
    if (c < 0xdc00 || c > 0xdfff) n++
    if (blank && !isTrimmed(c)) blank = false
  }
  return counts
}

/** An indent no wrap makes: spaces inside a printed line are half-width, so a line opening with an ideographic space opens a paragraph. */
const WIDE_INDENT = /^\u3000/
const TRAILING_SPACE = /[ \t\u3000]$/

/**
 * Was the break after `line`, a line of the full width, made by the wrap? Nearly always: a printed line rarely ends
 * at exactly the width. But an indent opens a paragraph, a dateline or a byline opens a story under its headline,
 * and after a sentence's end a short line that ends no sentence (a headline, a subhead) stands alone.
 */
function cutByWrap(line: string, next: string, proseNext: () => boolean): boolean {
  // A line of spaces alone is the full line's trailing spacing: a page seldom spaces its blank lines.
  if (!next.trim()) return next.length > 0
  // A full line ending in spacing was cut inside the spacing between two parts of one printed line.
  if (TRAILING_SPACE.test(line)) return true
  if (WIDE_INDENT.test(next)) return false
  // Whatever else says the printed line ended here, a word cut in two or a mark no line opens with says it did not.
  return !endsHere(line, next, proseNext) || continues(line, next)
}

/** Does the text say the printed line ended after `line` (a full line) and `next` opens another? */
function endsHere(line: string, next: string, proseNext: () => boolean): boolean {
  if (!CLAUSE_MARK.test(line) && (opensDateline(next) || parseBylineLine(next.trim()))) return true
  // Two lines opening with the same bullet are two items of a list (· 甲 / · 乙).
  if (BULLET.test(line) && line.trimStart().charAt(0) === next.trimStart().charAt(0)) return true
  // A line of site furniture or page data (下一版, 第3版 2024年5月1日) ends there, unless it reads as one with the next.
  if (standsApart(line) && !standsApart(line + next)) return true
  // A column's tag closing a title, then a dash opening the line below (…之举（钟声） / ——再读…): the 副题 under it.
  if (/[）)]$/.test(line) && /^[ \t\u3000]*——/.test(next)) return true
  if (!endsSentence(line)) return false
  // After a sentence's end, an indent or a dash (——编者, a subtitle) opens a line of its own.
  if (PARAGRAPH_INDENT.test(next) || next.startsWith('——')) return true
  // The wrap fell before spacing inside a printed line (……。| 记者 张三 摄), or the line goes on after a colon, or a
  // bracketed note closes the paragraph (……。（完）).
  if (/^[ \t]/.test(next) || /[：:；;]$/.test(line) || /^[（(]/.test(next)) return false
  return !proseNext()
}

const BULLET = /^\s*[·•●○■□◆◇▲△★☆▪▶►]/

/** Clause punctuation: a line with none may be a headline. */
const CLAUSE_MARK = /[，。；！？、,;!?]/

/** Does the line open with a dateline (本报讯, 新华社北京5月1日电)? A story's first paragraph does, under its headline. */
// splitDateline reads a paragraph, so the line is given a stand-in rest: a line may hold the dateline alone.
const opensDateline = (line: string): boolean => splitDateline(`${line.trim()}…`) !== undefined

/** A sentence's end anywhere in a line: prose has them, headlines hardly ever. */
const SENTENCE_MARK = /[。！？!?；;]/

/**
 * Does the printed line starting at `from` read as prose: does it end a sentence somewhere before the wrap ends it?
 * That tells a paragraph's rest from a headline or subhead, which ends none however many lines the wrap made of it.
 */
function proseFrom(lines: readonly string[], lengths: readonly number[], from: number, width: number): boolean {
  for (let k = from; k < lines.length; k++) {
    const line = lines[k] as string
    if (SENTENCE_MARK.test(line) || endsSentence(line)) return true
    if (lengths[k] !== width || !(lines[k + 1] ?? '').trim()) return false
  }
  return false
}

export interface Unwrapped {
  /** The text with the wrap undone (the same characters, fewer line breaks). */
  text: string
  /**
   * For each line of `text`, the 1-based numbers of the first and last source lines it was made of; undefined when
   * the page is not wrapped, so its lines are the source's (most pages: no pair and no copy of each unit).
   */
  spans: [number, number][] | undefined
}

/** The page body with a hard wrap undone: each line cut at the page's wrap width joined with its continuation. */
export function unwrap(body: string): Unwrapped {
  const width = widthOf(lineLengths(body))
  if (width === undefined) return { text: body, spans: undefined }
  const lines = body.split('\n')
  const lengths = lines.map(charCount)
  const spans: [number, number][] = []
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    let text = lines[i] as string
    const from = i
    while (i + 1 < lines.length && lengths[i] === width && cutByWrap(lines[i] as string, lines[i + 1] as string, () => proseFrom(lines, lengths, i + 1, width))) {
      text += lines[++i] as string
    }
    out.push(text)
    spans.push([from + 1, i + 1])
  }
  return { text: out.join('\n'), spans }
}

/** Pieces read from unwrapped text (units), their line numbers turned back into those of the text as given. */
export function atSourceLines<T extends { startLine: number; endLine: number }>(pieces: T[], spans: readonly [number, number][] | undefined): T[] {
  if (!spans) return pieces
  return pieces.map((p) => ({ ...p, startLine: (spans[p.startLine - 1] as [number, number])[0], endLine: (spans[p.endLine - 1] as [number, number])[1] }))
}
