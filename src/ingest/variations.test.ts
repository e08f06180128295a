// The seeds in other shapes the same pages arrive in: hard-wrapped lines, CRLF,
// Markdown headings, front matter. Each must read the same as the original.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ingestPage } from './page'
import { toHalfWidth } from './text'

const dir = join(__dirname, '../../seeds')
const seeds = readdirSync(dir).map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }))

const read = (file: string, text: string) => {
  const { page } = ingestPage(file, new TextEncoder().encode(text))
  return (page?.articles ?? []).map((a) => ({ kind: a.kind, kicker: a.kicker, title: a.title, subtitle: a.subtitle, authors: a.authors, paragraphs: a.paragraphs.map((p) => p.replace(/\s+/g, '')) }))
}

/** Hard-wraps every line longer than `width` characters, as OCR exports and e-mail do (the break may fall anywhere, even after a space). */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const chars = [...line]
      if (chars.length <= width) return line
      const rows: string[] = []
      for (let i = 0; i < chars.length; i += width) rows.push(chars.slice(i, i + width).join(''))
      return rows.join('\n')
    })
    .join('\n')
}

describe.each(seeds)('variations of $file', ({ file, text }) => {
  const original = read(file, text)

  it('reads the same with CRLF line ends', () => {
    expect(read(file, text.replace(/\n/g, '\r\n'))).toEqual(original)
  })

  it('reads the same when paragraphs are hard-wrapped at 30 characters', () => {
    expect(read(file, hardWrap(text, 30))).toEqual(original)
  })

  it('reads the same when the body is hard-wrapped at 16 characters, a narrow newspaper column', () => {
    // Body paragraphs (the long lines) run in the column; headlines, bylines and the masthead span it as printed.
    const narrow = text
      .split('\n')
      .map((line) => ([...line].length > 40 ? hardWrap(line, 16) : line))
      .join('\n')
    expect(narrow).not.toBe(text)
    expect(read(file, narrow)).toEqual(original)
  })

  it('reads the same when sentences end in a Latin full stop (夜景.) instead of 。', () => {
    // Back to 。 wherever a sentence ended: after a character, a closing quote or a percentage.
    const fold = (articles: ReturnType<typeof read>) => JSON.parse(JSON.stringify(articles).replace(/(?<=[\u4e00-\u9fff”’%])\./g, '。')) as unknown
    expect(fold(read(file, text.replace(/。/g, '.')))).toEqual(fold(original))
  })

  it('reads the same with Markdown strong emphasis on datelines and headline lines', () => {
    const emphasised = text.replace(/^(?!#)([^\n。，,]{4,20})$/gm, '**$1**').replace(/本报讯/g, '**本报讯**').replace(/\*\*\*\*/g, '**')
    expect(emphasised).not.toBe(text)
    expect(read(file, emphasised)).toEqual(original)
  })

  it('reads the same with no blank lines at all (one paragraph per line)', () => {
    const dense = text.replace(/\n[ \t]*(?=\n)/g, '').replace(/\n{2,}/g, '\n')
    const paragraphs = (articles: ReturnType<typeof read>) => articles.flatMap((a) => a.paragraphs)
    expect(paragraphs(read(file, dense)).join('')).toBe(paragraphs(original).join(''))
    expect(paragraphs(read(file, dense)).length).toBeGreaterThanOrEqual(paragraphs(original).length * 0.8)
  })

  it('reads the same with half-width punctuation', () => {
    const fold = (articles: ReturnType<typeof read>) => JSON.parse(toHalfWidth(JSON.stringify(articles))) as unknown
    expect(fold(read(file, toHalfWidth(text)))).toEqual(fold(original))
  })

  it('reads the same with full-width punctuation', () => {
    const toFullWidth = (s: string) => s.replace(/[,:;!?()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    const fold = (articles: ReturnType<typeof read>) => JSON.parse(toHalfWidth(JSON.stringify(articles))) as unknown
    expect(fold(read(file, toFullWidth(text)))).toEqual(fold(original))
  })

  it('reads the same with YAML front matter on top', () => {
    const withMeta = `---\npaper: 测试日报\ndate: 2020-01-02\npage: 3\n---\n${text}`
    expect(read(file, withMeta)).toEqual(original)
    const { page } = ingestPage(file, new TextEncoder().encode(withMeta))
    expect(page?.meta).toMatchObject({ paper: '测试日报', date: '2020-01-02', pageNumber: 3 })
    expect(page?.meta.provenance).toMatchObject({ paper: 'explicit', date: 'explicit', pageNumber: 'explicit' })
  })
})
