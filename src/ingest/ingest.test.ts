// End to end: folders of page files written by the test → ingestDirectory.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import iconv from 'iconv-lite'
import { afterAll, describe, expect, it } from 'vitest'
import type { Page } from '../schema/bundle'
import {
  FRONT_PAGE, PARKS, SCHOOL, SECOND_PAGE, missingFrom, pageTexts, pagesOf, removeInput, withoutHeadingMarks, wrap, writeInput,
} from '../../test/ingest-pages'
import { Worker } from 'node:worker_threads'
import { bundledPageWorker, ingestDirectory, listPageFiles, processAll } from './ingest'
import type { PageBatchResult } from './page-worker'
import { readBodies } from './write'

const dirs: string[] = []
afterAll(() => Promise.all(dirs.map(removeInput)))

async function ingest(files: Record<string, string | Uint8Array>) {
  const dir = await writeInput(files)
  dirs.push(dir)
  const result = await ingestDirectory(dir)
  const pages = pagesOf(readBodies(result.bodies).values())
  const page = (file: string): Page => {
    const found = pages.find((p) => p.sourceFile === file)
    if (!found) throw new Error(`${file} produced no page`)
    return found
  }
  return { ...result, pages, page }
}

/** What a reader sees of a page's stories, without ids and line numbers. */
const stories = (page: Page) =>
  page.articles.map(({ kind, kicker, title, subtitle, byline, authors, paragraphs, figures, continuedTo }) => ({ kind, kicker, title, subtitle, byline, authors, paragraphs, figures, continuedTo }))

const utf8 = (s: string) => new TextEncoder().encode(s)
const internalErrors = (warnings: { message: string }[]) => warnings.filter((w) => w.message.includes('内部错误'))

describe('ingestDirectory: encodings and layouts of one page', () => {
  it('reads the page as UTF-8, CRLF, UTF-8 with BOM, UTF-16LE, GBK and GB18030 to the same stories', async () => {
    const r = await ingest({
      'plain.txt': FRONT_PAGE,
      'crlf.txt': FRONT_PAGE.replace(/\n/g, '\r\n'),
      'bom.txt': new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(FRONT_PAGE)]),
      'utf16.txt': iconv.encode(FRONT_PAGE, 'utf-16le', { addBOM: true }),
      'gbk.txt': iconv.encode(FRONT_PAGE, 'gbk'),
      'gb18030.txt': iconv.encode(FRONT_PAGE.replace(/\n/g, '\r\n'), 'gb18030'),
    })
    expect(r.errors).toEqual([])
    const reference = stories(r.page('plain.txt'))
    expect(reference.map((s) => s.title)).toEqual(['', PARKS.title, SCHOOL.title, '春茶飘香'])
    expect(reference[1]?.paragraphs).toEqual([PARKS.paragraphs[0]?.replace(/^本报讯\(记者 张三 通讯员 李四\)/, ''), PARKS.paragraphs[1]])
    for (const file of ['crlf.txt', 'bom.txt', 'utf16.txt', 'gbk.txt', 'gb18030.txt']) expect(stories(r.page(file)), file).toEqual(reference)
    expect(Object.fromEntries(r.pages.map((p) => [p.sourceFile, p.encoding]))).toEqual({
      'plain.txt': 'utf-8', 'crlf.txt': 'utf-8', 'bom.txt': 'utf-8-bom', 'utf16.txt': 'utf-16le', 'gbk.txt': 'gb18030', 'gb18030.txt': 'gb18030',
    })
    expect(r.warnings.filter((w) => /GB18030/.test(w.message)).map((w) => w.file).sort()).toEqual(['gb18030.txt', 'gbk.txt'])
  })

  it('joins hard-wrapped lines (about 30 characters each) back into the paragraphs', async () => {
    const blocks = FRONT_PAGE.split('\n\n')
    const indentedBody = (paragraphs: string[]) => paragraphs.map((p) => wrap(`\u3000\u3000${p}`)).join('\n')
    const r = await ingest({
      'plain.txt': FRONT_PAGE,
      // Blank lines between paragraphs, single newlines inside them.
      'wrapped.txt': blocks.map((b) => wrap(b)).join('\n\n'),
      // No blank lines between paragraphs: each starts with a full-width indent.
      'indented.txt': [blocks[0], blocks[1], PARKS.title, indentedBody(PARKS.paragraphs), SCHOOL.title, indentedBody(SCHOOL.paragraphs)].join('\n\n') + '\n',
    })
    expect(readFileSync(join(dirs[dirs.length - 1] ?? '', 'wrapped.txt'), 'utf8').split('\n').every((l) => [...l].length <= 30)).toBe(true)
    const reference = stories(r.page('plain.txt'))
    expect(stories(r.page('wrapped.txt'))).toEqual(reference)
    expect(stories(r.page('indented.txt'))).toEqual(reference.slice(0, 3))
  })

  it('takes a Markdown # / ## pair as title and subtitle', async () => {
    const r = await ingest({ 'page.md': `# ${PARKS.title}\n\n## 街道挖掘闲置地块建公园\n\n${PARKS.paragraphs.join('\n\n')}\n\n# ${SCHOOL.title}\n\n${SCHOOL.paragraphs.join('\n\n')}\n` })
    const [parks, school] = r.page('page.md').articles
    expect(parks).toMatchObject({ kind: 'news', title: PARKS.title, subtitle: '街道挖掘闲置地块建公园', authors: [{ name: '张三', role: 'reporter' }, { name: '李四', role: 'correspondent' }] })
    expect(school).toMatchObject({ title: SCHOOL.title, paragraphs: [expect.stringMatching(/^连日来/), expect.stringMatching(/^夜校负责人/)] })
    expect(school?.subtitle).toBeUndefined()
  })
})

describe('ingestDirectory: explicit metadata', () => {
  const YONGKANG = ['我市举办五金博览会', '本报讯(记者 贾佳)昨日，永康五金博览会开幕。我市企业踊跃参展，永康产品远销海外。', '博览会期间，永康还将举办多场对接活动，为永康企业拓展市场。'].join('\n\n')

  it('front matter beats the printed masthead and is kept verbatim', async () => {
    const fm = '---\npaper: 西湖晚报\ndate: 2024-06-01\npage: 3\n版名: 民生\n---\n'
    const r = await ingest({ 'fm.md': fm + FRONT_PAGE })
    const page = r.page('fm.md')
    expect(page.meta).toMatchObject({ paper: '西湖晚报', date: '2024-06-01', pageNumber: 3, pageName: '民生' })
    expect(page.meta.provenance).toMatchObject({ paper: 'explicit', date: 'explicit', pageNumber: 'explicit', pageName: 'explicit' })
    expect(page.frontMatter).toBe(fm)
    expect(page.number).toBe(3)
    expect(r.catalog.issues.find((i) => i.pages.some((p) => p.sourceFile === 'fm.md'))?.date).toBe('2024-06-01')
  })

  it('a sidecar <file>.meta.json beats inference; without one the locality is inferred', async () => {
    const r = await ingest({
      'inferred.txt': YONGKANG,
      'explicit.txt': YONGKANG.replace('五金博览会', '五金博览会开幕'),
      'explicit.txt.meta.json': JSON.stringify({ paper: '金华日报', date: '2024-07-08', page: '第5版', locality: '金华市' }),
    })
    expect(r.page('inferred.txt').meta).toMatchObject({ locality: '永康市', provenance: { locality: 'inferred' } })
    expect(r.page('explicit.txt').meta).toMatchObject({ paper: '金华日报', date: '2024-07-08', pageNumber: 5, locality: '金华市' })
    expect(r.page('explicit.txt').meta.provenance).toMatchObject({ paper: 'explicit', date: 'explicit', pageNumber: 'explicit', locality: 'explicit' })
    expect(r.warnings).toEqual([])
  })
})

describe('ingestDirectory: malformed inputs', () => {
  // A different day for each file, so no two claim the same page of the same issue.
  const onDay = (day: number) => FRONT_PAGE.replace('5月6日', `5月${day}日`)
  const badUtf8 = new Uint8Array([...utf8(onDay(11).slice(0, 40)), 0xff, 0xfe, ...utf8(onDay(11).slice(40))])
  const inputs = {
    'a-front.txt': FRONT_PAGE,
    'empty.txt': '',
    'blank.txt': ' \n\u3000\r\n\t\n',
    'junk.bin': new Uint8Array(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)),
    'bad-json.txt': SECOND_PAGE,
    'bad-json.txt.meta.json': '{"paper": "东阳日报", date: }',
    'bad-types.txt': onDay(12),
    'bad-types.txt.meta.json': JSON.stringify({ paper: ['东阳日报'], date: '五月六日', page: true, colour: 'red' }),
    'bad-yaml.md': `---\npaper: 东阳日报\ndate: [2024-05-06\npage: 1\n---\n${onDay(13)}`,
    'bad-utf8.txt': badUtf8,
    'nul.txt': onDay(14).replace('据了解', '据\0了解'),
    'ocr-zeros.txt': onDay(15).replace('今日4版 总第9876期', '今日0版 总第0期').replace('(下转2版)', '(下转0版)'),
    'z-copy.txt': FRONT_PAGE,
  }
  const run = () => ingest(inputs)

  it('refuses empty, blank and binary files with an error naming each, and ingests every other page', async () => {
    const r = await run()
    expect(r.errors.map((e) => e.file).sort()).toEqual(['blank.txt', 'empty.txt', 'junk.bin'])
    for (const e of r.errors) expect(e.message).toMatch(/empty|whitespace|binary/)
    expect(r.pages.map((p) => p.sourceFile).sort()).toEqual(['a-front.txt', 'bad-json.txt', 'bad-types.txt', 'bad-utf8.txt', 'bad-yaml.md', 'nul.txt', 'ocr-zeros.txt'])
    expect(r.stats).toMatchObject({ files: 11, pages: 7 })
    expect(stories(r.page('a-front.txt')).map((s) => s.title)).toEqual(['', PARKS.title, SCHOOL.title, '春茶飘香'])
  })

  it('warns about bad metadata, naming the file and line, and falls back to what the page prints', async () => {
    const r = await run()
    const about = (file: string) => r.warnings.filter((w) => w.file === file)
    expect(about('bad-json.txt.meta.json')).toEqual([{ file: 'bad-json.txt.meta.json', line: 1, message: expect.stringMatching(/JSON/) }])
    expect(r.page('bad-json.txt').meta).toMatchObject({ pageNumber: 2, provenance: { pageNumber: 'masthead' } })
    expect(about('bad-types.txt.meta.json').map((w) => w.message)).toEqual([
      expect.stringContaining('colour'), expect.stringContaining('paper'), expect.stringContaining('date'), expect.stringContaining('pageNumber'),
    ])
    expect(r.page('bad-types.txt').meta).toMatchObject({ paper: '东阳日报', date: '2024-05-12', provenance: { paper: 'masthead', date: 'masthead' } })
    const [yaml] = about('bad-yaml.md')
    expect(yaml?.message).toMatch(/YAML/)
    expect(yaml?.line).toBeGreaterThanOrEqual(3)
    expect(yaml?.line).toBeLessThanOrEqual(4)
    expect(r.page('bad-yaml.md').meta.provenance.date).toBe('masthead')
  })

  it('warns about damaged text with its line, keeps one copy of a duplicate, and survives OCR zeros in numbers', async () => {
    const r = await run()
    expect(r.warnings.filter((w) => w.file === 'bad-utf8.txt')).toEqual([{ file: 'bad-utf8.txt', line: 5, message: expect.stringMatching(/invalid UTF-8/) }])
    expect(r.page('bad-utf8.txt').encoding).toBe('utf-8')
    expect(r.warnings.filter((w) => w.file === 'nul.txt')).toEqual([{ file: 'nul.txt', line: 9, message: expect.stringMatching(/NUL/) }])
    expect(r.page('nul.txt').articles[1]?.paragraphs[1]).toMatch(/^据了解，/)
    expect(r.warnings.filter((w) => w.file === 'z-copy.txt')).toEqual([{ file: 'z-copy.txt', line: 0, message: expect.stringContaining('duplicate of a-front.txt') }])
    // 今日0版 / 总第0期 / (下转0版) are misread marks, not page 0: no field takes them, and their text stays in the page.
    const zeros = r.page('ocr-zeros.txt')
    expect(zeros.meta.pagesToday).toBeUndefined()
    expect(zeros.meta.serial).toBeUndefined()
    expect(zeros.articles.every((a) => a.continuedTo === undefined)).toBe(true)
    expect(zeros.articles.some((a) => a.paragraphs.some((p) => p.endsWith('(下转0版)')))).toBe(true)
  })

  it('loses no character of any decodable input', async () => {
    const r = await run()
    const sources: Record<string, string> = {
      'a-front.txt': inputs['a-front.txt'],
      'bad-json.txt': inputs['bad-json.txt'],
      'bad-types.txt': inputs['bad-types.txt'],
      'bad-yaml.md': inputs['bad-yaml.md'],
      'bad-utf8.txt': onDay(11),
      // NUL is not text: decode drops it and says so.
      'nul.txt': inputs['nul.txt'].replace(/\0/g, ''),
      'ocr-zeros.txt': inputs['ocr-zeros.txt'],
    }
    for (const [file, text] of Object.entries(sources)) expect(missingFrom([text], pageTexts(r.page(file))), file).toEqual({})
    expect(internalErrors(r.warnings)).toEqual([])
  })
})

describe('ingestDirectory: nothing lost from the seeds', () => {
  it('every non-space character of every seed page (minus # markers) is in its page of the bundle', async () => {
    const seeds = join(__dirname, '../../seeds')
    const r = await ingestDirectory(seeds)
    const pages = pagesOf(readBodies(r.bodies).values())
    const files = readdirSync(seeds)
    expect(pages.map((p) => p.sourceFile).sort()).toEqual(files.sort())
    for (const file of files) {
      const page = pages.find((p) => p.sourceFile === file) as Page
      expect(missingFrom([withoutHeadingMarks(readFileSync(join(seeds, file), 'utf8'))], pageTexts(page)), file).toEqual({})
    }
    // The page step's safety net (re-adding the whole page as unclassified text) must not be what saved the text.
    expect(internalErrors(r.warnings)).toEqual([])
  })
})

describe('ingestDirectory: stable ids', () => {
  const idsOf = (pages: Page[], files: string[]) =>
    Object.fromEntries(pages.filter((p) => files.includes(p.sourceFile)).flatMap((p) => [[p.sourceFile, p.id], ...p.articles.map((a, i) => [`${p.sourceFile}#${i}:${a.title}`, a.id])]))
  const OTHER_PAPER = FRONT_PAGE.replace('东阳日报', '义乌商报').replace('城东', '城西')
  const LATER_ISSUE = FRONT_PAGE.replace('5月6日 星期一', '5月7日 星期二')

  it('gives identical ids on a re-run, and the same ids when other files are added or removed', async () => {
    const base = { 'm-front.txt': FRONT_PAGE, 'm-second.txt': SECOND_PAGE }
    const kept = ['m-front.txt', 'm-second.txt']
    const first = await ingest(base)
    const ids = idsOf(first.pages, kept)
    expect(Object.keys(ids)).toHaveLength(2 + first.pages.reduce((n, p) => n + p.articles.length, 0))
    expect(idsOf((await ingest(base)).pages, kept)).toEqual(ids)
    // Files that sort before and after, another paper and a later issue of the same paper.
    const more = await ingest({ ...base, '0-other.txt': OTHER_PAPER, 'z-later.txt': LATER_ISSUE, 'a-undated.txt': SCHOOL.paragraphs.join('\n\n') })
    expect(idsOf(more.pages, kept)).toEqual(ids)
    const fewer = await ingest({ 'm-front.txt': FRONT_PAGE })
    expect(idsOf(fewer.pages, kept)).toEqual(Object.fromEntries(Object.entries(ids).filter(([k]) => k.startsWith('m-front.txt'))))
  })
})

describe('ingestDirectory: worker threads', () => {
  it('gives the same bundle on worker threads as in one thread, duplicates and warnings in file order', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 80; i++) {
      const day = String((i % 28) + 1).padStart(2, '0')
      files[`p${String(i).padStart(3, '0')}.txt`] = FRONT_PAGE.replace('5月6日', `5月${day}日`).replace('三座', `${i + 3}座`)
    }
    files['p900-copy.txt'] = files['p001.txt'] ?? ''
    const dir = await writeInput(files)
    try {
      const one = await ingestDirectory(dir, { threads: 1 })
      const two = await ingestDirectory(dir, { threads: 2 })
      const counts = ({ files, pages, issues, articles, bytes }: typeof one.stats) => ({ files, pages, issues, articles, bytes })
      expect([one.stats.threads, two.stats.threads]).toEqual([1, 2])
      expect(counts(two.stats)).toEqual(counts(one.stats))
      expect(two.catalog).toEqual(one.catalog)
      expect([...two.bodies]).toEqual([...one.bodies])
      expect(two.warnings.some((w) => w.file === 'p900-copy.txt' && w.message.includes('p001.txt'))).toBe(true)
    } finally {
      await removeInput(dir)
    }
  }, 60_000)
})

describe('bundledPageWorker', () => {
  it('gives a plain module a worker thread starts from and runs the page steps in, not the tsx fallback', async () => {
    const url = await bundledPageWorker()
    expect(url.pathname).toMatch(/\/node_modules\/\.cache\/banmian\/page-worker-[0-9a-f]{12}\.mjs$/)
    const dir = await writeInput({ 'a.txt': FRONT_PAGE })
    const worker = new Worker(url)
    try {
      const reply = new Promise<PageBatchResult>((resolve, reject) => {
        worker.once('message', resolve)
        worker.once('error', reject)
      })
      worker.postMessage({ batch: 7, inputDir: dir, files: [{ path: join(dir, 'a.txt'), sidecar: false }] })
      const { batch, outcomes } = await reply
      expect(batch).toBe(7)
      expect(outcomes.map((o) => [o.file, o.error, o.page?.articles.length ? 'articles' : 'none'])).toEqual([['a.txt', undefined, 'articles']])
    } finally {
      await worker.terminate()
      await removeInput(dir)
    }
  }, 60_000)
  it('reuses the bundle without starting esbuild while its sources are unchanged, and rebuilds when one changes', async () => {
    const name = `probe-${process.pid}-${Date.now()}`
    const dir = await writeInput({
      [`${name}.ts`]: "import { answer } from './answer.ts'\nimport { parentPort } from 'node:worker_threads'\nparentPort?.postMessage(answer)\n",
      'answer.ts': 'export const answer: number = 41\n',
    })
    const entry = pathToFileURL(join(dir, `${name}.ts`))
    let builds = 0
    const counted = async () => {
      builds++
      return (await import('esbuild')).build
    }
    const run = async (url: URL) => {
      const worker = new Worker(url)
      try {
        return await new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject))
      } finally {
        await worker.terminate()
      }
    }
    const made: URL[] = []
    try {
      const first = await bundledPageWorker(entry, counted)
      const again = await bundledPageWorker(entry, counted)
      expect(again.href).toBe(first.href)
      expect(builds).toBe(1)
      expect(await run(again)).toBe(41)
      writeFileSync(join(dir, 'answer.ts'), 'export const answer: number = 42\n')
      const changed = await bundledPageWorker(entry, counted)
      made.push(first, changed, new URL(`${name}.json`, first))
      expect(builds).toBe(2)
      expect(changed.href).not.toBe(first.href)
      expect(await run(changed)).toBe(42)
    } finally {
      for (const url of made) rmSync(url, { force: true })
      await removeInput(dir)
    }
  }, 60_000)
})

describe('processAll: a failing worker loses nothing', () => {
  const pages = (n: number) =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${String(i).padStart(3, '0')}.txt`, FRONT_PAGE.replace('三座', `${i + 3}座`)]))
  const summary = (outcomes: Awaited<ReturnType<typeof processAll>>) => outcomes.map((o) => [o.file, o.digest, o.page?.articles.map((a) => a.title)])

  it('does on this thread the batches of a worker that crashes or cannot start', async () => {
    const dir = await writeInput({ ...pages(70), 'crash.mjs': "import { parentPort } from 'node:worker_threads'\nparentPort.on('message', () => { throw new Error('boom') })\n" })
    try {
      const files = (await listPageFiles(dir)).filter((f) => f.path.endsWith('.txt'))
      const alone = summary(await processAll(dir, files, 1))
      expect(alone).toHaveLength(70)
      expect(summary(await processAll(dir, files, 2, undefined, pathToFileURL(join(dir, 'crash.mjs'))))).toEqual(alone)
      expect(summary(await processAll(dir, files, 2, undefined, pathToFileURL(join(dir, 'missing.mjs'))))).toEqual(alone)
    } finally {
      await removeInput(dir)
    }
  }, 60_000)
})
