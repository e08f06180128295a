// How printed Chinese text is shown on screen, without changing the text itself: OCR's half-width punctuation
// between Chinese characters drawn full-width, and the places a headline may break (word boundaries).
// Every function keeps offsets: the shown text has the stored text's length, so ?hl= runs and search offsets
// computed on the stored text apply to it unchanged.
import type { HeadlineBreaks } from '../schema/bundle'

/** A Chinese character, or Chinese punctuation, quotes and brackets: the company a full-width mark keeps. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—·]/u
const HAN = /\p{Script=Han}/u
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' }

const isCjk = (ch: string | undefined) => ch !== undefined && CJK.test(ch)

/**
 * `, ; : ! ?` with Chinese on both sides (or ! ? closing the text after Chinese) become `，；：！？`; a pair of
 * `( )` whose content begins or ends in a Chinese character becomes `（ ）`. 10:30, A,B, (1) and GDP(2024) stay.
 * Same length as `text`, character for character.
 */
export function fullWidthPunctuation(text: string): string {
  if (!/[,;:!?()]/.test(text)) return text
  // Only the marks are visited (the build sets every prerendered page's text through this): changes by position, then
  // the text put together from the stretches between them.
  const changes: [at: number, mark: string][] = []
  const open: number[] = []
  for (const m of text.matchAll(/[,;:!?()（）]/g)) {
    const i = m.index
    const ch = m[0]
    if (ch === '(' || ch === '（') {
      open.push(i)
    } else if (ch === ')' || ch === '）') {
      const from = open.pop()
      if (from === undefined || ch === '）') continue
      const inner = text.slice(from + 1, i).trim()
      if (!HAN.test(inner[0] ?? '') && !HAN.test(inner.at(-1) ?? '')) continue
      changes.push([i, '）'])
      if (text[from] === '(') changes.push([from, '（'])
    } else {
      const after = text[i + 1]
      const closes = (ch === '!' || ch === '?') && (after === undefined || after === '\n')
      if (isCjk(text[i - 1]) && (isCjk(after) || closes)) changes.push([i, FULL[ch]!])
    }
  }
  if (!changes.length) return text
  changes.sort((a, b) => a[0] - b[0])
  let out = ''
  let at = 0
  for (const [i, mark] of changes) {
    out += text.slice(at, i) + mark
    at = i + 1
  }
  return out + text.slice(at)
}

/** No line may start with these, nor end with the openers: a break beside them is never offered. */
const NO_LINE_START = /[，。、；：！？）》」』”’…—·%,.;:!?)\]}]/u
const NO_LINE_END = /[（《「『“‘([{]/u

const hasSegmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl
// Made on first use: making one loads ICU's word dictionary (75 ms and more), which a reader's page never needs when the
// bundle carries each headline's breaks (headlineBreaks, at build time).
let segmenter: Intl.Segmenter | undefined

/**
 * Offsets inside `text` where a line may break: the boundaries between words (Intl.Segmenter, zh), less those
 * that would start a line with closing punctuation or end one with an opening bracket, and none inside spaces
 * (a space breaks by itself). Empty where the runtime has no segmenter.
 */
export function wordBreaks(text: string): number[] {
  if (!hasSegmenter) return []
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' })
  const breaks: number[] = []
  for (const { index } of segmenter.segment(text)) {
    if (index === 0) continue
    const before = text[index - 1]!
    const after = text[index]!
    if (/\s/.test(before) || /\s/.test(after) || NO_LINE_START.test(after) || NO_LINE_END.test(before)) continue
    breaks.push(index)
  }
  return breaks
}

/** Whether the runtime can tell words apart; headlines are set word-by-word (keep-all) only then. */
export const canBreakWords = hasSegmenter

/**
 * The word breaks of a headline's parts, for the bundle (HeadlineBreaks): parts without a break are left out, and an
 * item with no headline at all has none. An empty object still says "no break anywhere", so the reader need not look.
 */
export function headlineBreaks(parts: { kicker?: string; title?: string; subtitle?: string }): HeadlineBreaks | undefined {
  if (!parts.kicker && !parts.title && !parts.subtitle) return undefined
  const out: HeadlineBreaks = {}
  for (const key of ['kicker', 'title', 'subtitle'] as const) {
    const text = parts[key]
    const breaks = text ? wordBreaks(text) : []
    if (breaks.length) out[key] = breaks
  }
  return out
}

/**
 * A paragraph with a Latin word or a number of five or more characters: justified, a line before it that it no
 * longer fits on would be stretched by up to its width (2.5em and more), spread over the line's gaps. Such
 * paragraphs are set flush left; all-Chinese ones stay justified, where a line is never short by more than a
 * character or two of punctuation.
 */
export function looseWhenJustified(text: string): boolean {
  return /[A-Za-z0-9][A-Za-z0-9.,:/%@_-]{4,}/.test(text)
}
