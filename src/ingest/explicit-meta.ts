// Step 2: explicit metadata — YAML front matter at the top of a page, or a
// sidecar `<file>.meta.json`. Explicit values beat anything inferred later.
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { pageDesignation, parseChineseNumber, SECTION_LETTER, toHalfWidth } from './text'

/** Keys accepted in front matter / sidecars, with their Chinese aliases. */
const ALIASES: Record<string, keyof ExplicitMeta> = {
  paper: 'paper', 报名: 'paper', newspaper: 'paper',
  edition: 'edition', 版别: 'edition',
  date: 'date', 日期: 'date',
  page: 'pageNumber', pageNumber: 'pageNumber', page_number: 'pageNumber', 版次: 'pageNumber',
  pageLabel: 'pageLabel', page_label: 'pageLabel',
  pageName: 'pageName', page_name: 'pageName', 版名: 'pageName',
  locality: 'locality', 地区: 'locality',
}

export const ExplicitMeta = z.object({
  paper: z.string().min(1).optional(),
  edition: z.string().min(1).optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期须为 YYYY-MM-DD').optional(),
  pageNumber: z.number().int().positive().optional(),
  pageLabel: z.string().regex(/^[A-Z][1-9]\d*$/, '版号须为字母加数字，如 A2').optional(),
  pageName: z.string().min(1).optional(),
  locality: z.string().min(1).optional(),
})
export type ExplicitMeta = z.infer<typeof ExplicitMeta>

export interface MetaProblem {
  line: number
  message: string
}

function normaliseDate(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (typeof v !== 'string') return v
  const m = v.match(/^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/)
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : v
}

const LETTERED_PAGE = new RegExp(`^(${SECTION_LETTER})\\s*([0-9０-９]+)$`)

/** A page given as 3, "3", "第三版", "A2" or "第A2版" → pageNumber or, for a lettered page, pageLabel (the raw value when unreadable, for the schema to refuse). */
function explicitPage(value: unknown): { pageNumber?: unknown; pageLabel?: unknown } {
  if (typeof value !== 'string') return { pageNumber: value }
  const bare = value.trim().replace(/^第\s*|\s*版$/g, '')
  const lettered = bare.match(LETTERED_PAGE)
  if (lettered) return { pageLabel: pageDesignation(lettered[2] ?? '', lettered[1])?.label ?? toHalfWidth(bare) }
  return { pageNumber: parseChineseNumber(bare) ?? value }
}

/** Maps raw key/values to ExplicitMeta, reporting unknown keys and wrong types instead of throwing. */
export function toExplicitMeta(raw: unknown, line: number): { meta: ExplicitMeta; problems: MetaProblem[] } {
  const problems: MetaProblem[] = []
  if (raw === null || raw === undefined) return { meta: {}, problems }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { meta: {}, problems: [{ line, message: '元数据须为键值对象 (metadata must be a key/value object)' }] }
  }
  const mapped: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(raw)) {
    const field = ALIASES[key]
    if (!field) {
      problems.push({ line, message: `未知的元数据字段 “${key}” 已忽略 (unknown metadata key)` })
      continue
    }
    if (field === 'date') mapped.date = normaliseDate(value)
    else if (field === 'pageNumber' || field === 'pageLabel') Object.assign(mapped, explicitPage(value))
    else mapped[field] = typeof value === 'number' ? String(value) : value
  }
  const meta: ExplicitMeta = {}
  for (const [key, value] of Object.entries(mapped)) {
    const result = ExplicitMeta.shape[key as keyof ExplicitMeta].safeParse(value)
    if (result.success) Object.assign(meta, { [key]: result.data })
    else problems.push({ line, message: `元数据字段 “${key}” 的值无效，已忽略 (${result.error.issues[0]?.message ?? 'invalid'})` })
  }
  return { meta, problems }
}

export interface FrontMatter {
  meta: ExplicitMeta
  /** The front matter exactly as written, delimiters included; kept so nothing is lost. */
  raw: string
  /** The page text after the front matter, with as many leading newlines as lines removed, so line numbers stay true. */
  body: string
  problems: MetaProblem[]
}

/** A plain scalar the fast path may read: it must not start with a YAML indicator or hold a comment or a nested `: `. */
const PLAIN_VALUE = /^[^\s\-?:,[\]{}#&*!|>'"%@`](?:(?!: |\s#)[^\t])*$/
const FLAT_LINE = /^([^\s\-?:,[\]{}#&*!|>'"%@`][^:#'"]*?):(?:[ \t]+(.*?))?[ \t]*$/

/** Hexadecimal, octal, infinity and not-a-number: numbers to YAML, left to the library here. */
const OTHER_NUMBER = /^[-+]?(?:0[xo]|\.(?:inf|Inf|INF|nan|NaN|NAN)$)/

/** A scalar as YAML 1.2's core schema reads it (what `yaml` gives by default). */
function coreScalar(v: string): unknown {
  if (/^(?:~|null|Null|NULL)$/.test(v)) return null
  if (/^(?:true|True|TRUE)$/.test(v)) return true
  if (/^(?:false|False|FALSE)$/.test(v)) return false
  if (/^[-+]?[0-9]+$/.test(v) || /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(v)) return Number(v)
  return v
}

/**
 * Front matter that is only `key: plain value` lines (nearly all of it) read without the YAML library, which costs
 * far more per page; anything else (quotes, comments, lists, nesting, a repeated key) returns undefined for the full parser.
 */
export function readFlatYaml(source: string): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {}
  for (const line of source.split('\n')) {
    if (line.trim() === '') continue
    const m = line.includes('\t') ? null : line.match(FLAT_LINE)
    if (!m) return undefined
    const key = m[1] as string
    const value = m[2] ?? ''
    if (key.endsWith(' ') || Object.hasOwn(out, key)) return undefined
    if (value !== '' && (!PLAIN_VALUE.test(value) || OTHER_NUMBER.test(value))) return undefined
    out[key] = value === '' ? null : coreScalar(value)
  }
  return Object.keys(out).length ? out : undefined
}

/** Splits a leading `---` YAML block off the page. Text without one passes through untouched. */
export function splitFrontMatter(text: string): FrontMatter {
  const m = text.match(/^(?:[ \t]*\n)*---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/)
  if (!m) return { meta: {}, raw: '', body: text, problems: [] }
  const raw = m[0]
  const body = '\n'.repeat(raw.split('\n').length - 1) + text.slice(raw.length)
  const startLine = raw.slice(0, raw.indexOf('---')).split('\n').length
  let parsed: unknown
  try {
    parsed = readFlatYaml(m[1]) ?? parseYaml(m[1])
  } catch (e) {
    const line = startLine + ((e as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 1)
    return { meta: {}, raw, body, problems: [{ line, message: `YAML 头信息无法解析，已忽略 (${(e as Error).message.split('\n')[0]})` }] }
  }
  const { meta, problems } = toExplicitMeta(parsed, startLine)
  return { meta, raw, body, problems }
}

/** Parses a sidecar `<file>.meta.json`; bad JSON or wrong types become problems, never exceptions. */
export function parseSidecar(json: string): { meta: ExplicitMeta; problems: MetaProblem[] } {
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch (e) {
    return { meta: {}, problems: [{ line: 1, message: `附属元数据不是有效的 JSON，已忽略 (${(e as Error).message})` }] }
  }
  return toExplicitMeta(parsed, 1)
}
