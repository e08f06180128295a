// A corpus of hostile inputs in one folder: every bad file gets a clear error
// or warning naming it, every other page still ingests, nothing is lost.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from '../schema/bundle'
import { FRONT_PAGE, missingFrom, pageTexts, pagesOf, PARKS, removeInput, SECOND_PAGE, writeInput } from '../../test/ingest-pages'
import { ingestDirectory, type IngestResult } from './ingest'
import { readBodies } from './write'

const SEEDS = join(__dirname, '../../seeds')
const seed = (prefix: string) => readFileSync(join(SEEDS, `${prefix}`), 'utf8')
const SEED_FILE = '003_fd4f6e000473b793.txt'

function junk(n: number): Uint8Array {
  // Deterministic pseudo-random bytes with plenty of control characters, like a stray image.
  const out = new Uint8Array(n)
  let x = 2463534242
  for (let i = 0; i < n; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    out[i] = x & 0xff
  }
  return out
}

const ALL_HEADLINES = ['城东新建口袋公园', '乡村夜校开课', '春茶飘香', '文明健康 绿色环保', '我们的节日'].join('\n\n')

const files: Record<string, string | Uint8Array> = {
  'empty.txt': '',
  'blank.txt': ' \n\t\n\u3000\n',
  'junk.bin': junk(4096),
  'one-line.txt': `${PARKS.title}\n\n${seed(SEED_FILE).replace(/\s+/g, '').repeat(150).slice(0, 333_000)}`,
  'bad-utf8.txt': Buffer.concat([Buffer.from(FRONT_PAGE.slice(0, 60)), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(FRONT_PAGE.slice(60))]),
  'gbk.txt': iconv.encode(SECOND_PAGE.replace('5月6日', '5月9日'), 'gbk'),
  'utf16.txt': iconv.encode(FRONT_PAGE.replace('5月6日', '5月10日'), 'utf-16le', { addBOM: true }),
  'nul.txt': FRONT_PAGE.replace('5月6日', '5月11日').replace('口袋公园', '口袋\0公园'),
  'headlines.txt': ALL_HEADLINES,
  // Emphasis markers that never close, 60,000 on one line: read in linear time, kept as text.
  'stars.txt': `${PARKS.title}\n\n${'**星 '.repeat(60_000)}`,
  'dense.txt': seed(SEED_FILE).replace(/\n\s*\n/g, '\n'),
  'dup-a.txt': FRONT_PAGE,
  'dup-b.txt': FRONT_PAGE,
  'same-page.txt': FRONT_PAGE.replace(PARKS.title, '另一条头版新闻'),
  'sidecar-bad.txt': SECOND_PAGE.replace('5月6日', '5月12日'),
  'sidecar-bad.txt.meta.json': '{ "paper": "测试日报", ',
  'sidecar-types.txt': SECOND_PAGE.replace('5月6日', '5月13日'),
  'sidecar-types.txt.meta.json': JSON.stringify({ paper: 42, date: 'yesterday', page: -3 }),
  '带 空格 的 文件名.txt': FRONT_PAGE.replace('5月6日', '5月14日'),
}
// A folder of many pages: 5,000 small pages of 120 papers on 20 dates.
const paperName = (i: number) => `${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'子丑寅卯辰巳午未申酉戌亥'[Math.floor(i / 10) % 12]}日报`
for (let i = 0; i < 5000; i++) {
  const paper = paperName(i)
  files[`many/p${String(i).padStart(4, '0')}.txt`] = `${paper}\n\n2023年3月${(i % 20) + 1}日 星期一 第${Math.floor(i / 5000) + 1}版\n\n新闻标题${i}\n\n本报讯(记者 张三)第${i}条新闻的正文内容。`
}

let dir: string
let result: IngestResult
let pages: Page[]
const pageOf = (file: string) => pages.find((p) => p.sourceFile === file)
const problemsOf = (file: string) => [...result.errors, ...result.warnings].filter((w) => w.file === file)

beforeAll(async () => {
  dir = await writeInput(files)
  result = await ingestDirectory(dir)
  pages = pagesOf(readBodies(result.bodies).values())
}, 120_000)
afterAll(() => removeInput(dir))

describe('hostile input corpus', () => {
  it('refuses empty, blank and binary files with an error naming each, and ingests the rest', () => {
    for (const f of ['empty.txt', 'blank.txt', 'junk.bin']) {
      expect(result.errors.filter((e) => e.file === f), f).toHaveLength(1)
      expect(pageOf(f)).toBeUndefined()
    }
    const good = Object.keys(files).filter((f) => !f.endsWith('.meta.json') && !['empty.txt', 'blank.txt', 'junk.bin', 'dup-b.txt'].includes(f))
    expect(result.stats.pages).toBe(good.length)
    expect(result.errors).toHaveLength(3)
  })

  it('reads mixed encodings in one folder, and warns about conversion, damage and NUL with the line', () => {
    expect(pageOf('gbk.txt')?.encoding).toBe('gb18030')
    expect(pageOf('utf16.txt')?.encoding).toBe('utf-16le')
    expect(problemsOf('gbk.txt').some((w) => w.message.includes('GB18030'))).toBe(true)
    expect(problemsOf('bad-utf8.txt').some((w) => w.line > 0 && w.message.includes('UTF-8'))).toBe(true)
    expect(problemsOf('nul.txt').some((w) => w.line > 0 && w.message.includes('NUL'))).toBe(true)
    expect(pageOf('utf16.txt')?.articles.map((a) => a.title)).toEqual(pageOf('dup-a.txt')?.articles.map((a) => a.title))
  })

  it('keeps one copy of a duplicate, and both pages that claim the same paper, date and page, with warnings', () => {
    expect(pageOf('dup-b.txt')).toBeUndefined()
    expect(problemsOf('dup-b.txt').some((w) => w.message.includes('dup-a.txt'))).toBe(true)
    expect(pageOf('same-page.txt')).toBeDefined()
    expect([...problemsOf('same-page.txt'), ...problemsOf('dup-a.txt')].some((w) => w.message.includes('第 1 版'))).toBe(true)
  })

  it('warns about a broken or mistyped sidecar, naming it, and falls back to what the page prints', () => {
    expect(problemsOf('sidecar-bad.txt.meta.json').some((w) => w.message.includes('JSON'))).toBe(true)
    const typed = problemsOf('sidecar-types.txt.meta.json').map((w) => w.message)
    expect(typed.some((m) => m.includes('date'))).toBe(true)
    expect(typed.some((m) => m.includes('pageNumber'))).toBe(true)
    expect(pageOf('sidecar-types.txt')?.meta).toMatchObject({ date: '2024-05-13', pageNumber: 2 })
  })

  it('ingests a one-line page, an all-headline page and a page without blank lines', () => {
    expect(pageOf('one-line.txt')?.articles.some((a) => a.paragraphs.join('').length > 300_000)).toBe(true)
    expect(pageOf('headlines.txt')?.articles.length).toBeGreaterThan(0)
    expect(pageOf('stars.txt')?.articles.some((a) => a.paragraphs.join('').includes('**星 **星'))).toBe(true)
    expect(pageOf('dense.txt')?.articles.filter((a) => a.kind === 'news').length).toBeGreaterThanOrEqual(4)
  })

  it('keeps file names with spaces and Chinese characters, and all 5,000 pages of a large folder', () => {
    expect(pageOf('带 空格 的 文件名.txt')?.articles.length).toBeGreaterThan(0)
    expect(pages.filter((p) => p.sourceFile.startsWith('many/'))).toHaveLength(5000)
    const expected = new Set(Array.from({ length: 5000 }, (_, i) => `${paperName(i)}|${(i % 20) + 1}`))
    expect(result.catalog.issues.filter((i) => i.pages.some((p) => p.sourceFile.startsWith('many/')))).toHaveLength(expected.size)
  })

  it('loses no character of any decodable page', () => {
    for (const [file, content] of Object.entries(files)) {
      const page = pageOf(file)
      if (!page || typeof content !== 'string' || file.startsWith('many/p1')) continue
      expect(missingFrom([content.replace(/\0/g, '')], pageTexts(page)), file).toEqual({})
    }
  })
})

describe('a 50 MB page', () => {
  it('ingests without crashing and without losing text', async () => {
    const text = `${seed(SEED_FILE)}\n\n`.repeat(Math.ceil(50e6 / Buffer.byteLength(seed(SEED_FILE))))
    const big = await writeInput({ 'big.txt': text })
    try {
      const r = await ingestDirectory(big)
      expect(r.errors).toEqual([])
      expect(r.warnings.filter((w) => w.message.includes('内部错误'))).toEqual([])
      expect(r.stats.bytes).toBeGreaterThanOrEqual(50e6)
      const page = pagesOf(readBodies(r.bodies).values())[0]
      expect(page?.articles.length).toBeGreaterThan(1000)
    } finally {
      await removeInput(big)
    }
  }, 180_000)
})
