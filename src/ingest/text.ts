// Character-level helpers shared by the ingest steps. Rules are about Chinese
// newspaper typography in general, never about a particular page.
import { endianness } from 'node:os'

/** Full-width ASCII variants (！ → !, （ → (, ０ → 0) folded to half-width; everything else kept. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ')
}

/** Chinese numerals as used in page and count references (二, 十二, 廿) → number. */
export function parseChineseNumber(s: string): number | undefined {
  const t = toHalfWidth(s).trim()
  if (/^\d+$/.test(t)) return Number(t)
  const digits: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(t)) return undefined
  let total = 0
  let current = 0
  for (const ch of t) {
    if (ch === '百') {
      total += (current || 1) * 100
      current = 0
    } else if (ch === '十') {
      total += (current || 1) * 10
      current = 0
    } else {
      current = digits[ch]
    }
  }
  return total + current
}

/** A page number or count as printed: a positive safe integer, else undefined (OCR reads O as 0; long digit runs overflow). */
export function parsePositive(s: string): number | undefined {
  const n = parseChineseNumber(s)
  return n !== undefined && n >= 1 && Number.isSafeInteger(n) ? n : undefined
}

/** A section letter printed before a page number in papers printed in sections (A2, Ｂ１２): a capital, half- or full-width. */
export const SECTION_LETTER = '[A-ZＡ-Ｚ]'

/** A page as printed: its number and, for a page in a lettered section, its label (A2). */
export interface PageDesignation {
  number: number
  label?: string
}

/** Number text (3, ３, 三) and an optional section letter → the page: ('三') → {3}; ('２', 'Ｂ') → {2, 'B2'}. */
export function pageDesignation(num: string, section?: string): PageDesignation | undefined {
  const number = parsePositive(num)
  if (number === undefined) return undefined
  return section ? { number, label: `${toHalfWidth(section)}${number}` } : { number }
}

export const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff'
/** Is this UTF-16 unit an ideograph in the CJK ranges above? (NaN, past the end of a string, is not.) */
export const isCjkCode = (c: number): boolean => (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)

/** Punctuation that ends a sentence (and so may end a paragraph); ；;：: end a clause that a new paragraph may follow. */
const SENTENCE_END = new Set('。！？!?…；;：:')
/** Sentence ends that closing quotes or brackets may follow: 。” */
const END_BEFORE_CLOSER = new Set('。！？!?…')
const CLOSER = new Set('”’」』）)"\'】')
const TRAILING_SPACE = /\s/

/**
 * A Latin full stop closing a text (endsSentence reads the end) ends its sentence in Chinese text typed with Latin
 * punctuation — after a character (夜景.), a percentage (增长49.9%.) or a closing quote (“零违纪”.) — but not after a
 * digit, where a line break may have cut a decimal (266.|8亿元), nor after a Latin word (No.).
 */
const chineseFullStopAt = (s: string, i: number) => (s.charAt(i) === '.' || s.charAt(i) === '．') && !/[A-Za-z0-9０-９]/.test(s.charAt(i - 1))

/**
 * Does the text end a sentence: 。！？…；：, a half-width full stop after a Chinese character (夜景.), a sentence end
 * inside closing quotes or brackets (。”), or a dash (——)?
 * Read backwards from the end, so it costs the same on a long paragraph as on a short line.
 */
export function endsSentence(s: string): boolean {
  let i = s.length - 1
  while (i >= 0 && TRAILING_SPACE.test(s.charAt(i))) i--
  if (i < 0) return false
  const last = s.charAt(i)
  if (SENTENCE_END.has(last) || chineseFullStopAt(s, i)) return true
  if (last === '—') return s.charAt(i - 1) === '—'
  if (!CLOSER.has(last)) return false
  const end = i
  while (i >= 0 && CLOSER.has(s.charAt(i))) i--
  if (i >= 0 && (END_BEFORE_CLOSER.has(s.charAt(i)) || chineseFullStopAt(s, i))) return true
  return (last === '）' || last === ')') && closesWithNote(s, end)
}

/** Longest bracketed note after a paragraph's last sentence. */
const CLOSING_NOTE_MAX = 80

/** Does the bracket closing at `end` close a note set after the paragraph's last sentence (……。（完）, ……。（本报记者 张三）)? */
function closesWithNote(s: string, end: number): boolean {
  for (let i = end - 1; i >= 0 && end - i <= CLOSING_NOTE_MAX; i--) {
    const c = s.charAt(i)
    if (c === '（' || c === '(') {
      let j = i - 1
      while (j >= 0 && TRAILING_SPACE.test(s.charAt(j))) j--
      if (j < 0) return false
      const before = s.charAt(j)
      if (SENTENCE_END.has(before) || chineseFullStopAt(s, j)) return true
      // 。” before the note
      return CLOSER.has(before) && before !== '）' && before !== ')' && j > 0 && END_BEFORE_CLOSER.has(s.charAt(j - 1))
    }
    if (c === '）' || c === ')') return false
  }
  return false
}

/** Visual width: CJK and full-width characters count as 2. */
export function displayWidth(s: string): number {
  let w = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    // A surrogate pair is one (wide) character.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const low = s.charCodeAt(i + 1)
      if (low >= 0xdc00 && low <= 0xdfff) i++
    }
    w += c > 0x2e7f ? 2 : 1
  }
  return w
}

/** Chinese word segmentation (ICU's dictionary), shared: the reflow asks it where words break, the place tagger whether a name stands as a word. */
export const wordSegmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' })

/** Collapse runs of spaces and trim; keeps the characters themselves. */
export const squeeze = (s: string): string => s.replace(/[ \t\u3000]+/g, ' ').trim()

/** Join two text fragments split by a line/column break: no space between CJK, one space between Latin words. */
export function joinFragments(a: string, b: string): string {
  const left = a.trimEnd()
  const right = b.trimStart()
  if (!left) return right
  if (!right) return left
  const l = left[left.length - 1]
  const r = right[0]
  if (!/[A-Za-z0-9]/.test(l) || !/[A-Za-z0-9]/.test(r)) return left + right
  // A number or word set inside Chinese text (…约1 / 3万吨, 据Open / AI) was cut by the wrap, not by a space.
  return WRAPPED_IN_CJK.test(left.slice(-32)) ? left + right : `${left} ${right}`
}

/** The Latin letters and digits closing a fragment follow a Chinese character or punctuation mark, not a space. */
const WRAPPED_IN_CJK = /[^\p{ASCII}\s][A-Za-z0-9.,%]*$/u

const isSpaceCode = (c: number): boolean =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0x3000 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029

/** 1 for the UTF-16 units that are whitespace (none of them is a surrogate). */
const SPACE_UNITS = new Uint8Array(0x10000)
for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c)) SPACE_UNITS[c] = 1

/**
 * A reusable array holding a string's UTF-16 units, for the loops that read every character of a page. Reading a
 * typed array is over twice as fast here as charCodeAt on the sliced and joined strings the steps make, and copying
 * the units in costs little.
 */
export class UnitBuffer {
  private bytes = Buffer.allocUnsafeSlow(1 << 16)
  private units = new Uint16Array(this.bytes.buffer, this.bytes.byteOffset, this.bytes.length >> 1)

  /** An array whose first s.length entries are the units of `s`; valid until the next call. */
  fill(s: string): Uint16Array {
    if (s.length > this.units.length) {
      this.bytes = Buffer.allocUnsafeSlow(2 ** Math.ceil(Math.log2(s.length * 2)))
      this.units = new Uint16Array(this.bytes.buffer, this.bytes.byteOffset, this.bytes.length >> 1)
    }
    if (LITTLE_ENDIAN) this.bytes.write(s, 0, 'utf16le')
    else for (let i = 0; i < s.length; i++) this.units[i] = s.charCodeAt(i)
    return this.units
  }
}
const LITTLE_ENDIAN = endianness() === 'LE'

/** Counts of BMP characters: 256 KB, small enough to stay in cache. Characters beyond the BMP (rare) are counted in a map. */
const bmpCounts = new Int32Array(0x10000)
const astralCounts = new Map<number, number>()
const touched: number[] = []

const tallyUnits = new UnitBuffer()

function tally(texts: Iterable<string>, delta: number): void {
  for (const t of texts) {
    const units = tallyUnits.fill(t)
    for (let i = 0; i < t.length; i++) {
      const c = units[i] as number
      if (c >= 0xd800 && c <= 0xdfff) {
        // A surrogate pair is one character; a lone surrogate counts as itself.
        const cp = t.codePointAt(i) as number
        if (cp > 0xffff) i++
        astralCounts.set(cp, (astralCounts.get(cp) ?? 0) + delta)
        continue
      }
      // Spaces are counted too (one table read per character, not two) and left out of the result.
      if (bmpCounts[c] === 0) touched.push(c)
      bmpCounts[c] += delta
    }
  }
}

/**
 * Multiset difference of non-whitespace characters: `expected` minus `actual`.
 * Returns the characters (with counts) present in `expected` but missing from `actual`.
 * Shared counters keep this linear and allocation-free on large pages.
 */
export function missingCharacters(expected: Iterable<string>, actual: Iterable<string>): Map<string, number> {
  tally(expected, 1)
  tally(actual, -1)
  const missing = new Map<string, number>()
  for (const c of touched) {
    if (bmpCounts[c] > 0 && SPACE_UNITS[c] === 0) missing.set(String.fromCharCode(c), bmpCounts[c])
    bmpCounts[c] = 0
  }
  touched.length = 0
  for (const [cp, n] of astralCounts) if (n > 0) missing.set(String.fromCodePoint(cp), n)
  astralCounts.clear()
  return missing
}

/** A paragraph's opening indent: an ideographic space, or two spaces (one space may just be where a wrap fell). */
export const PARAGRAPH_INDENT = /^(?:\u3000|[ \t]{2})/
