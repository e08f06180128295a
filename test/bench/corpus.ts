// A large synthetic corpus for the bench, made by recombining the seeds'
// paragraphs into many papers, issues and pages, in every input format the
// ingest accepts. Deterministic: the same size always gives the same files.
import { readdirSync, readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import iconv from 'iconv-lite'

interface Pool {
  headlines: string[]
  leads: string[]
  body: string[]
  captions: string[]
}

/** mulberry32: a small seeded PRNG, so corpora are reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const MASTHEAD_LIKE = /日报|晚报|DAILY|版$|\d{4}年\d{1,2}月|CN|热线|编辑|出版|机关报|发布|客户端/

/** Splits the seeds into blank-line blocks and sorts them into headline, lead, body and caption pools. */
export function loadPool(seedDir: string): Pool {
  const pool: Pool = { headlines: [], leads: [], body: [], captions: [] }
  for (const file of readdirSync(seedDir).sort()) {
    const text = readFileSync(join(seedDir, file), 'utf8')
    for (const raw of text.split(/\n\s*\n/)) {
      const block = raw.replace(/^#+\s*/gm, '').trim()
      if (!block || MASTHEAD_LIKE.test(block)) continue
      const oneLine = block.replace(/\s*\n\s*/g, ' ')
      if (/摄[)）]?$/.test(oneLine)) pool.captions.push(oneLine)
      else if (/^本报讯/.test(oneLine)) pool.leads.push(oneLine)
      else if (oneLine.length <= 40 && !/[。，,]/.test(oneLine)) pool.headlines.push(oneLine)
      else if (oneLine.length > 40) pool.body.push(oneLine)
    }
  }
  return pool
}

const PAPERS = ['衢州日报', '永康日报', '嘉兴日报', '金华日报', '丽水日报', '湖州日报', '台州晚报', '绍兴日报', '舟山日报', '义乌商报']
const PAGE_NAMES = ['要闻', '综合', '区县', '经济', '社会', '文化', '体育', '副刊']
const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
const NAMES = ['张三', '李四', '王五', '赵敏', '陈晓', '周宇', '徐颖之', '俞梦婷', '黄雨欣', '刘芸']
const FORMATS = ['plain', 'wrapped', 'markdown', 'frontmatter', 'sidecar', 'crlf', 'gb18030'] as const
type Format = (typeof FORMATS)[number]

interface PageSpec {
  paper: string
  date: Date
  number: number
  pages: number
}

function pick<T>(r: () => number, list: T[]): T {
  return list[Math.floor(r() * list.length)] as T
}

/** Varies the numbers in a paragraph so repeated text differs from page to page. */
function mutate(r: () => number, text: string): string {
  return text.replace(/\d+/g, (d) => (r() < 0.5 ? d : String(Math.floor(r() * 10 ** d.length))))
}

function wrap(text: string, width: number): string {
  const chars = [...text]
  const lines: string[] = []
  for (let i = 0; i < chars.length; i += width) lines.push(chars.slice(i, i + width).join(''))
  return lines.join('\n')
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10)
const printedDate = (d: Date) => `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${WEEKDAYS[d.getUTCDay()]}`

function articleBlocks(r: () => number, pool: Pool, format: Format, spec: PageSpec): string[] {
  const title = mutate(r, pick(r, pool.headlines))
  const blocks: string[] = []
  if (format === 'markdown') {
    blocks.push(`# ${title}`)
    if (r() < 0.5) blocks.push(`## ${mutate(r, pick(r, pool.headlines))}`)
  } else {
    blocks.push(title)
  }
  if (r() < 0.15) {
    blocks.push(`${mutate(r, pick(r, pool.captions))}`)
    return blocks
  }
  const lead = r() < 0.6 ? mutate(r, pick(r, pool.leads)) : `本报讯(记者 ${pick(r, NAMES)} 通讯员 ${pick(r, NAMES)})${mutate(r, pick(r, pool.body))}`
  const paragraphs = [lead]
  for (let n = 1 + Math.floor(r() * 5); n > 0; n--) paragraphs.push(mutate(r, pick(r, pool.body)))
  if (spec.number > 1 && r() < 0.2) paragraphs[0] = `(上接1版)${paragraphs[0]}`
  if (spec.number < spec.pages && r() < 0.2) paragraphs[paragraphs.length - 1] += `(下转${spec.number + 1}版)`
  blocks.push(...paragraphs.map((p) => (format === 'wrapped' ? wrap(p, 30) : p)))
  return blocks
}

function pageText(r: () => number, pool: Pool, format: Format, spec: PageSpec): string {
  const blocks: string[] = []
  const printedMeta = format !== 'frontmatter' && format !== 'sidecar'
  if (printedMeta && spec.number === 1) blocks.push(spec.paper, `${printedDate(spec.date)} 今日${spec.pages}版 总第${10000 + Math.floor(r() * 5000)}期`)
  else if (printedMeta && r() < 0.7) blocks.push(`${printedDate(spec.date)} 第${spec.number}版 ${pick(r, PAGE_NAMES)}`)
  for (let n = 3 + Math.floor(r() * 6); n > 0; n--) blocks.push(...articleBlocks(r, pool, format, spec))
  if (r() < 0.5) blocks.push(`责任编辑 ${pick(r, NAMES)}`)
  return `\n\n${blocks.join('\n\n')}\n`
}

function frontMatter(spec: PageSpec): string {
  return `---\npaper: ${spec.paper}\ndate: ${isoDate(spec.date)}\npage: ${spec.number}\npageName: ${PAGE_NAMES[spec.number % PAGE_NAMES.length]}\n---\n`
}

export interface CorpusStats {
  files: number
  bytes: number
  formats: Record<Format, number>
}

/** Writes page files until their total size reaches `targetBytes`; a few GB18030, CRLF, Markdown, front-matter and sidecar pages among plain ones. */
export async function generateCorpus(seedDir: string, outDir: string, targetBytes: number, seed = 1): Promise<CorpusStats> {
  const r = rng(seed)
  const pool = loadPool(seedDir)
  await mkdir(outDir, { recursive: true })
  const stats: CorpusStats = { files: 0, bytes: 0, formats: Object.fromEntries(FORMATS.map((f) => [f, 0])) as Record<Format, number> }
  const start = Date.UTC(2020, 0, 1)
  while (stats.bytes < targetBytes) {
    const paper = pick(r, PAPERS)
    const date = new Date(start + Math.floor(r() * 5 * 365) * 86_400_000)
    const pages = 2 + Math.floor(r() * 7)
    for (let number = 1; number <= pages && stats.bytes < targetBytes; number++) {
      const spec = { paper, date, number, pages }
      const x = r()
      const format: Format = x < 0.03 ? 'gb18030' : (FORMATS[Math.floor(r() * (FORMATS.length - 1))] as Format)
      const name = join(outDir, `${String(stats.files).padStart(6, '0')}.${format === 'markdown' ? 'md' : 'txt'}`)
      let text = pageText(r, pool, format, spec)
      if (format === 'frontmatter') text = frontMatter(spec) + text
      if (format === 'crlf') text = text.replace(/\n/g, '\r\n')
      const bytes = format === 'gb18030' ? iconv.encode(text, 'gb18030') : Buffer.from(text, 'utf8')
      await writeFile(name, bytes)
      if (format === 'sidecar') {
        await writeFile(`${name}.meta.json`, JSON.stringify({ paper, date: isoDate(date), page: number }))
      }
      stats.files++
      stats.bytes += bytes.length
      stats.formats[format]++
    }
  }
  return stats
}

export interface DatedArchive {
  /** Papers in the archive, each printing `pagesPerDay` pages every day. */
  papers: string[]
  pagesPerDay: number
}

export const DAILY_PAPER: DatedArchive = { papers: ['衢州日报'], pagesPerDay: 8 }

/**
 * Writes one day's pages of every paper in the archive: `<paper>/<YYYY>/<MM>/<YYYY-MM-DD>-<nn>.<ext>`. Each day is generated
 * from its own seed, so a day's files never depend on which other days exist (adding a day leaves the rest byte-identical).
 */
export async function writeDay(pool: Pool, outDir: string, date: Date, archive: DatedArchive = DAILY_PAPER): Promise<CorpusStats> {
  const stats: CorpusStats = { files: 0, bytes: 0, formats: Object.fromEntries(FORMATS.map((f) => [f, 0])) as Record<Format, number> }
  const day = isoDate(date)
  for (const [p, paper] of archive.papers.entries()) {
    const r = rng(Math.floor(date.getTime() / 86_400_000) * 131 + p)
    const dir = join(outDir, paper, day.slice(0, 4), day.slice(5, 7))
    await mkdir(dir, { recursive: true })
    for (let number = 1; number <= archive.pagesPerDay; number++) {
      const spec = { paper, date, number, pages: archive.pagesPerDay }
      const x = r()
      const format: Format = x < 0.03 ? 'gb18030' : (FORMATS[Math.floor(r() * (FORMATS.length - 1))] as Format)
      const name = join(dir, `${day}-${String(number).padStart(2, '0')}.${format === 'markdown' ? 'md' : 'txt'}`)
      let text = pageText(r, pool, format, spec)
      if (format === 'frontmatter') text = frontMatter(spec) + text
      if (format === 'crlf') text = text.replace(/\n/g, '\r\n')
      const bytes = format === 'gb18030' ? iconv.encode(text, 'gb18030') : Buffer.from(text, 'utf8')
      await writeFile(name, bytes)
      if (format === 'sidecar') await writeFile(`${name}.meta.json`, JSON.stringify({ paper, date: day, page: number }))
      stats.files++
      stats.bytes += bytes.length
      stats.formats[format]++
    }
  }
  return stats
}

/** A dated archive of `days` consecutive days ending the day before `end` (UTC), `pagesPerDay` pages a day per paper. */
export async function generateDatedArchive(seedDir: string, outDir: string, days: number, end: Date, archive: DatedArchive = DAILY_PAPER): Promise<CorpusStats> {
  const pool = loadPool(seedDir)
  const total: CorpusStats = { files: 0, bytes: 0, formats: Object.fromEntries(FORMATS.map((f) => [f, 0])) as Record<Format, number> }
  for (let d = days; d >= 1; d--) {
    const s = await writeDay(pool, outDir, new Date(end.getTime() - d * 86_400_000), archive)
    total.files += s.files
    total.bytes += s.bytes
    for (const f of FORMATS) total.formats[f] += s.formats[f]
  }
  return total
}
