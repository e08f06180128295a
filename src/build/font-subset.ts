// Subsets Noto Serif SC to the characters Banmian actually shows, so the app
// ships its own Chinese font (readers' machines may have none), and cuts it
// into slices by Unicode range, the way Google Fonts serves CJK: the most
// frequent characters first, each slice an @font-face with its unicode-range,
// so the browser fetches only the slices a page's text uses. Text shows at once
// in the system's CJK font (font-display: swap) and the web font swaps in.
import { createHash } from 'node:crypto'
import { readFile, readdir } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import subsetFont from 'subset-font'

export const FONT_FAMILY = 'Banmian Serif'

const FACES = [
  { weight: 400, file: '400Regular/NotoSerifSC_400Regular.ttf' },
  { weight: 700, file: '700Bold/NotoSerifSC_700Bold.ttf' },
] as const

/** Printable ASCII: Latin letters, digits and punctuation always ship (in the first slice) so mixed text keeps one typeface. */
const ASCII_FIRST = 0x20
const ASCII_LAST = 0x7e

/** Characters in the first slice beyond ASCII: the commonest, most of a page's running text, in about 60 KB. */
export const FIRST_SLICE_CHARS = 300
/** The most slices a face is cut into; the rest are sized to fit. */
export const MAX_SLICES = 100
/** The fewest characters in a later slice: smaller ones cost more in requests than they save in bytes. */
export const MIN_SLICE_CHARS = 80

/** How often each character (code point) occurs. */
export type CharCounts = Map<number, number>

/** Counts the non-ASCII characters of a text (ASCII always ships). JSON text can be counted as it is: its keys are ASCII. */
export function countChars(counts: CharCounts, text: string, weight = 1): void {
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i)
    if (code <= ASCII_LAST) continue
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      code = text.codePointAt(i)!
      i++
    }
    counts.set(code, (counts.get(code) ?? 0) + weight)
  }
}

const decoder = new TextDecoder()

/** Counts the characters of JSON values (objects, or their UTF-8 bytes) one at a time, so the archive is never joined into one string. */
export function countJsonChars(counts: CharCounts, values: Iterable<unknown>): void {
  for (const value of values) countChars(counts, value instanceof Uint8Array ? decoder.decode(value) : JSON.stringify(value) ?? '')
}

/** The UI's own strings: the text of the app's source files (build code excluded). */
export async function readUiText(srcDir: string): Promise<string> {
  const entries = await readdir(srcDir, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((e) => e.isFile() && /\.(tsx?|css)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !/[/\\](ingest|build)[/\\]/.test(f))
  const texts = await Promise.all(files.map((f) => readFile(f, 'utf8')))
  return texts.join('')
}

/**
 * The slices: code points, most frequent first. The first holds ASCII and the FIRST_SLICE_CHARS most frequent
 * others; the rest are cut in frequency order into at most MAX_SLICES - 1 slices.
 */
export function sliceChars(counts: CharCounts): number[][] {
  const ascii = Array.from({ length: ASCII_LAST - ASCII_FIRST + 1 }, (_, i) => ASCII_FIRST + i)
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([code]) => code)
  const slices = [[...ascii, ...ranked.slice(0, FIRST_SLICE_CHARS)]]
  const rest = ranked.slice(FIRST_SLICE_CHARS)
  const size = Math.max(MIN_SLICE_CHARS, Math.ceil(rest.length / (MAX_SLICES - 1)))
  for (let i = 0; i < rest.length; i += size) slices.push(rest.slice(i, i + size))
  return slices
}

/** A CSS unicode-range for a set of code points, runs joined (U+20-7E,U+4E2D). */
export function unicodeRange(codes: readonly number[]): string {
  const sorted = [...codes].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length; ) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++
    const hex = (n: number) => n.toString(16).toUpperCase()
    parts.push(j > i ? `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}` : `U+${hex(sorted[i]!)}`)
    i = j + 1
  }
  return parts.join(',')
}

export interface FontFile {
  weight: number
  /** 0 is the first (most frequent) slice. */
  slice: number
  unicodeRange: string
  /** Path under the output root, content-hashed so it can be cached forever. */
  fileName: string
  data: Buffer
}

/**
 * Subsets both weights into the slices. Each face is first cut to every character the bundle uses (one pass over the
 * 14 MB font), and the slices are cut from that: WOFF2's compression costs far more on one large file than on many small ones.
 */
export async function subsetFonts(counts: CharCounts): Promise<FontFile[]> {
  const require = createRequire(import.meta.url)
  const pkgDir = dirname(require.resolve('@expo-google-fonts/noto-serif-sc/package.json'))
  const slices = sliceChars(counts)
  const files: FontFile[] = []
  for (const { weight, file } of FACES) {
    const face = await subsetFont(await readFile(join(pkgDir, file)), String.fromCodePoint(...slices.flat()), { targetFormat: 'truetype' })
    for (const [slice, codes] of slices.entries()) {
      const data = await subsetFont(face, String.fromCodePoint(...codes), { targetFormat: 'woff2' })
      const hash = createHash('sha256').update(data).digest('hex').slice(0, 8)
      files.push({ weight, slice, unicodeRange: unicodeRange(codes), fileName: `assets/banmian-serif-${weight}-${slice}-${hash}.woff2`, data })
    }
  }
  return files
}

/** The @font-face rules of every slice, as a stylesheet with a content-hashed name (one cached file, not inlined into every page). */
export function fontStylesheet(fonts: FontFile[], base: string): { fileName: string; css: string } {
  const css = fonts
    .map(
      (f) =>
        `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${f.weight};` +
        `font-display:swap;src:url('${base}${f.fileName}') format('woff2');unicode-range:${f.unicodeRange}}`,
    )
    .join('\n')
  return { fileName: `assets/banmian-fonts-${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`, css: `${css}\n` }
}

/** The id of the fonts' stylesheet link, which public/theme-init.js applies once the app has rendered. */
export const FONT_LINK_ID = 'banmian-fonts'

/**
 * The <head> tags that load the fonts: their stylesheet, fetched without blocking the first paint (media="print" until
 * public/theme-init.js sets it to "all" once the app has rendered), and a <noscript> copy that applies it at once without
 * JavaScript. The text shows at once in the system's CJK font and the web font's slices swap in as they arrive; a
 * browser's largest paint is then the text as first shown, not held back until every slice it uses has arrived. No slice
 * is preloaded: none is needed for the first paint, and on a slow link a preload (the body weight's first slice was
 * 92 KB) competes with the page for the bandwidth (Lighthouse mobile, article: LCP 2.6-3.3 s with it, 2.1-2.3 s without).
 */
export function fontHeadHtml(stylesheet: string, base: string): string {
  const href = `${base}${stylesheet}`
  return [`<link rel="stylesheet" href="${href}" media="print" id="${FONT_LINK_ID}">`, `<noscript><link rel="stylesheet" href="${href}"></noscript>`].join('\n')
}
