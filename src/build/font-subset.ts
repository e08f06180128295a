// Subsets Noto Serif SC to the characters Banmian actually shows, so the app
// ships its own Chinese font (readers' machines may have none) at a few hundred KB
// instead of 14 MB per weight.
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

// Latin letters, digits and punctuation always ship so numbers and bylines in
// mixed text keep one typeface.
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')

export interface FontFile {
  weight: number
  /** Path under the output root, content-hashed so it can be cached forever. */
  fileName: string
  data: Buffer
}

/** Every string value inside a JSON-like value, concatenated. */
export function collectText(value: unknown): string {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.map(collectText).join('')
  if (value && typeof value === 'object') return Object.values(value).map(collectText).join('')
  return ''
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

export function uniqueChars(text: string): string {
  return [...new Set(ASCII + text)].sort().join('')
}

export async function subsetFonts(text: string): Promise<FontFile[]> {
  const require = createRequire(import.meta.url)
  const pkgDir = dirname(require.resolve('@expo-google-fonts/noto-serif-sc/package.json'))
  const chars = uniqueChars(text)
  return Promise.all(
    FACES.map(async ({ weight, file }) => {
      const data = await subsetFont(await readFile(join(pkgDir, file)), chars, { targetFormat: 'woff2' })
      const hash = createHash('sha256').update(data).digest('hex').slice(0, 8)
      return { weight, fileName: `assets/banmian-serif-${weight}-${hash}.woff2`, data }
    }),
  )
}

/** The <head> tags that load the fonts: a preload per face plus the @font-face rules. */
export function fontHeadHtml(fonts: FontFile[], base: string): string {
  const url = (f: FontFile) => `${base}${f.fileName}`
  const preloads = fonts.map(
    (f) => `<link rel="preload" href="${url(f)}" as="font" type="font/woff2" crossorigin>`,
  )
  const faces = fonts.map(
    (f) =>
      `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${f.weight};` +
      `font-display:swap;src:url('${url(f)}') format('woff2')}`,
  )
  return [...preloads, `<style>${faces.join('')}</style>`].join('\n')
}
