// The ingest's cache of unchanged pages and issues, as a caller of ingestDirectory and writeBundle sees it.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { FRONT_PAGE, SECOND_PAGE, removeInput, writeInput } from '../../test/ingest-pages'
import { ingestVersion, markVersionUsed } from './cache'
import { type IngestCacheOptions, ingestDirectory } from './ingest'
import { writeBundle } from './write'

const dirs: string[] = []
afterAll(() => Promise.all(dirs.map(removeInput)))

const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'banmian-cache-test-'))
  dirs.push(dir)
  return dir
}

const nextDay = (page: string) => page.replace('2024年5月6日 星期一', '2024年5月7日 星期二')

const PAPER = '---\npaper: 东阳日报\n---\n'

/** Two issues of two pages each, and one of a page with a sidecar. */
const PAGES: Record<string, string> = {
  '0506/1.txt': FRONT_PAGE,
  '0506/2.txt': PAPER + SECOND_PAGE,
  '0507/1.txt': nextDay(FRONT_PAGE),
  '0507/2.txt': PAPER + nextDay(SECOND_PAGE),
  'extra/page.txt': '市区新增两条公交线路\n\n本报讯 市公交集团近日新开两条线路，连接城北新区与高铁站，方便市民出行。\n',
  'extra/page.txt.meta.json': JSON.stringify({ paper: '东阳日报', date: '2024-05-08', page: 1 }),
}

/** Every file of a written bundle: path → bytes. */
function bundleOf(dir: string): Map<string, string> {
  const names = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
  return new Map(names.map((e) => [join(e.parentPath, e.name).slice(dir.length + 1), readFileSync(join(e.parentPath, e.name), 'utf8')]))
}

async function ingestTo(input: string, cache?: IngestCacheOptions) {
  const out = tempDir()
  const result = await ingestDirectory(input, { cache })
  await writeBundle(result, out, { catalog: true })
  return { result, files: bundleOf(out) }
}

function withCache(version = 'test-version') {
  const warnings: string[] = []
  return { options: { dir: tempDir(), version, warn: (m: string) => warnings.push(m) }, warnings }
}

describe('ingestDirectory with a cache', () => {
  it('gives a bundle byte for byte the same as without one, cold and warm, and the warm run reads no page again', async () => {
    const input = await writeInput(PAGES)
    dirs.push(input)
    const plain = await ingestTo(input)
    const { options, warnings } = withCache()
    const cold = await ingestTo(input, options)
    const warm = await ingestTo(input, options)
    expect(plain.files.size).toBeGreaterThan(3)
    expect(cold.files).toEqual(plain.files)
    expect(warm.files).toEqual(plain.files)
    expect(cold.result.cache?.pages).toMatchObject({ hits: 0, misses: 5 })
    expect(warm.result.cache?.pages).toMatchObject({ hits: 5, misses: 0 })
    expect(warm.result.cache?.issues).toMatchObject({ hits: 3, misses: 0 })
    expect(warnings).toEqual([])
  })

  it('reads a changed page, its sidecar or a renamed file again, and keeps the rest', async () => {
    const input = await writeInput(PAGES)
    dirs.push(input)
    const { options } = withCache()
    await ingestTo(input, options)
    writeFileSync(join(input, '0507/2.txt'), (PAPER + nextDay(SECOND_PAGE)).replace('责任编辑 陈晓', '夜校下月将开设书法课。\n\n责任编辑 陈晓'))
    writeFileSync(join(input, 'extra/page.txt.meta.json'), JSON.stringify({ paper: '东阳日报', date: '2024-05-09', page: 1 }))
    const changed = await ingestTo(input, options)
    expect(changed.result.cache?.pages).toMatchObject({ hits: 3, misses: 2 })
    // Issues are kept together per paper and year: the year's unchanged issue still comes from the cache.
    expect(changed.result.cache?.issues).toMatchObject({ hits: 1, misses: 2 })
    expect(changed.files).toEqual((await ingestTo(input)).files)
    const catalog = changed.files.get('catalog.json') ?? ''
    expect(catalog).toContain('2024-05-09')
    expect(catalog).not.toContain('2024-05-08')
    expect([...changed.files.values()].some((f) => f.includes('夜校下月将开设书法课。'))).toBe(true)

    // A file's name is part of the page (its source, and sometimes its paper or date): a renamed page is read again.
    mkdirSync(join(input, '0508'))
    writeFileSync(join(input, '0508/1.txt'), readFileSync(join(input, '0506/1.txt')))
    rmSync(join(input, '0506/1.txt'))
    const renamed = await ingestTo(input, options)
    expect(renamed.result.cache?.pages).toMatchObject({ hits: 4, misses: 1 })
    expect(renamed.files.get('catalog.json')).toContain('"sourceFile":"0508/1.txt"')
    expect(renamed.files).toEqual((await ingestTo(input)).files)
  })

  it('writes again the last run of a folder whose pages changed, and leaves the other folders’ runs alone', async () => {
    const input = await writeInput(PAGES)
    dirs.push(input)
    // Files changed moments before a run are read again by the next (RACY_MS): these were written long ago.
    const longAgo = new Date('2020-01-01T00:00:00Z')
    for (const name of Object.keys(PAGES)) utimesSync(join(input, name), longAgo, longAgo)
    const { options } = withCache()
    await ingestTo(input, options)
    // Each entry is written under a temporary name and renamed into place: one written again is a new file.
    const runs = () =>
      new Map(
        readdirSync(options.dir, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile() && e.parentPath.includes('/runs/'))
          .map((e) => [join(e.parentPath, e.name), statSync(join(e.parentPath, e.name)).ino]),
      )
    const before = runs()
    expect(before.size).toBe(3)
    writeFileSync(join(input, '0507/2.txt'), (PAPER + nextDay(SECOND_PAGE)).replace('责任编辑 陈晓', '夜校下月将开设书法课。\n\n责任编辑 陈晓'))
    utimesSync(join(input, '0507/2.txt'), longAgo, new Date('2021-01-01T00:00:00Z'))
    const changed = await ingestTo(input, options)
    expect(changed.files).toEqual((await ingestTo(input)).files)
    const after = runs()
    expect([...after.keys()]).toEqual([...before.keys()])
    expect([...after].filter(([file, ino]) => before.get(file) !== ino)).toHaveLength(1)
  })

  describe('skipping unchanged files by their size and mtime', () => {
    const LONG_AGO = new Date('2020-01-01T00:00:00Z')
    /** Every page file and sidecar of the input with the same old mtime. */
    const age = (input: string, at = LONG_AGO) => {
      for (const name of Object.keys(PAGES)) utimesSync(join(input, name), at, at)
    }

    it('takes a file whose size and mtime are as before as unchanged, without reading it', async () => {
      const input = await writeInput(PAGES)
      dirs.push(input)
      age(input)
      const { options } = withCache()
      await ingestTo(input, options)
      // The same bytes count, the same mtime: the stamp says unchanged, so the page's result comes from the cache.
      const file = join(input, 'extra/page.txt')
      writeFileSync(file, readFileSync(file, 'utf8').replace('两条', '三条'))
      utimesSync(file, LONG_AGO, LONG_AGO)
      const stamped = await ingestTo(input, options)
      expect(stamped.result.cache?.pages).toMatchObject({ hits: 5, misses: 0 })
      expect(stamped.files.get('catalog.json')).toContain('两条')
    })

    it('still finds a changed file of the same size once its mtime has changed', async () => {
      const input = await writeInput(PAGES)
      dirs.push(input)
      age(input)
      const { options } = withCache()
      await ingestTo(input, options)
      const file = join(input, 'extra/page.txt')
      writeFileSync(file, readFileSync(file, 'utf8').replace('两条', '三条'))
      const changed = await ingestTo(input, options)
      expect(changed.result.cache?.pages).toMatchObject({ hits: 4, misses: 1 })
      expect(changed.files.get('catalog.json')).toContain('三条')
      expect(changed.files).toEqual((await ingestTo(input)).files)
    })

    it('reuses the entry of a file touched but not changed (its bytes decide), and of a sidecar touched', async () => {
      const input = await writeInput(PAGES)
      dirs.push(input)
      age(input)
      const { options } = withCache()
      const first = await ingestTo(input, options)
      age(input, new Date('2021-06-01T00:00:00Z'))
      const touched = await ingestTo(input, options)
      expect(touched.result.cache?.pages).toMatchObject({ hits: 5, misses: 0 })
      expect(touched.result.cache?.issues).toMatchObject({ hits: 3, misses: 0 })
      expect(touched.files).toEqual(first.files)
    })

    it('reads again a file changed moments before its last ingest, whose mtime may not show a later change', async () => {
      const input = await writeInput(PAGES)
      dirs.push(input)
      const { options } = withCache()
      // Just written: no stamp is kept for these files, so an edit within the same mtime tick is still seen.
      await ingestTo(input, options)
      const file = join(input, 'extra/page.txt')
      const { mtime } = statSync(file)
      writeFileSync(file, readFileSync(file, 'utf8').replace('两条', '三条'))
      utimesSync(file, mtime, mtime)
      const changed = await ingestTo(input, options)
      expect(changed.result.cache?.pages).toMatchObject({ hits: 4, misses: 1 })
      expect(changed.files.get('catalog.json')).toContain('三条')
    })
  })

  it('serves nothing made by another version of the ingest', async () => {
    const input = await writeInput(PAGES)
    dirs.push(input)
    const { options } = withCache('version-a')
    await ingestTo(input, options)
    const other = await ingestTo(input, { ...options, version: 'version-b' })
    expect(other.result.cache?.pages).toMatchObject({ hits: 0, misses: 5 })
    expect(other.result.cache?.issues).toMatchObject({ hits: 0 })
  })

  it('ignores corrupt, truncated or unreadable entries with a warning and rebuilds them', async () => {
    const input = await writeInput(PAGES)
    dirs.push(input)
    const plain = await ingestTo(input)
    const { options, warnings } = withCache()
    await ingestTo(input, options)
    const entries = (kind: string) =>
      readdirSync(options.dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && e.parentPath.includes(`/${kind}/`))
        .map((e) => join(e.parentPath, e.name))
    const spoil = (files: string[]) =>
      files.forEach((file, i) => {
        const data = readFileSync(file)
        if (i % 3 === 0) writeFileSync(file, data.subarray(0, data.length >> 1))
        else if (i % 3 === 1) writeFileSync(file, Buffer.from(data.map((b, j) => (j === data.length - 3 ? b ^ 0xff : b))))
        else writeFileSync(file, 'not a cache entry')
      })
    const warned = /^缓存条目损坏，已忽略并重建 \(ignoring unreadable cache entry .+: (not a cache entry|checksum mismatch)\)$/

    // Page entries (and the last runs of the three folders, which hold them all): the pages are read again.
    expect(entries('runs')).toHaveLength(3)
    spoil([...entries('runs'), ...entries('pages')])
    const again = await ingestTo(input, options)
    expect(again.files).toEqual(plain.files)
    expect(again.result.warnings).toEqual(plain.result.warnings)
    expect(again.result.cache?.pages).toMatchObject({ hits: 0, corrupt: 5 })
    expect(warnings).toHaveLength(3 + 5)
    expect(warnings.every((w) => warned.test(w))).toBe(true)

    // Issue entries (one per paper and year: the three issues are one paper's 2024) and content entries: the issues are put together again,
    // from page contents read again where needed.
    warnings.length = 0
    expect(entries('issue-years')).toHaveLength(1)
    spoil([...entries('issue-years'), ...entries('contents')])
    const rebuilt = await ingestTo(input, options)
    expect(rebuilt.files).toEqual(plain.files)
    expect(rebuilt.result.cache?.pages).toMatchObject({ hits: 5, corrupt: 0 })
    expect(rebuilt.result.cache?.issues).toMatchObject({ hits: 0, misses: 3, corrupt: 1 })
    expect(warnings).toHaveLength(1 + 5)
    expect(warnings.every((w) => warned.test(w))).toBe(true)

    // Issue bodies alone (the issues themselves are good): a body is put together again from its pages when it is asked for.
    warnings.length = 0
    spoil(entries('bodies'))
    const bodies = await ingestTo(input, options)
    expect(bodies.files).toEqual(plain.files)
    expect(bodies.result.cache?.issues).toMatchObject({ hits: 3, corrupt: 0 })
    expect(warnings).toHaveLength(3)
    expect(warnings.every((w) => warned.test(w))).toBe(true)
    expect(entries('bodies')).toHaveLength(3)

    // The issues' pages alone (kept apart, read only when asked for: here, for catalog.json): made anew from the pages,
    // and kept again.
    warnings.length = 0
    expect(entries('issue-pages')).toHaveLength(1)
    spoil(entries('issue-pages'))
    const summaries = await ingestTo(input, options)
    expect(summaries.files).toEqual(plain.files)
    expect(summaries.result.cache?.issues).toMatchObject({ hits: 3, corrupt: 0 })
    expect(entries('issue-pages')).toHaveLength(1)
    expect(warnings).toHaveLength(1)
    expect(warnings.every((w) => warned.test(w))).toBe(true)

    // Rebuilt: the next run takes everything from the cache, without a warning.
    warnings.length = 0
    const healed = await ingestTo(input, options)
    expect(healed.result.cache?.pages).toMatchObject({ hits: 5, corrupt: 0 })
    expect(healed.result.cache?.issues).toMatchObject({ hits: 3, corrupt: 0 })
    expect(healed.files).toEqual(plain.files)
    expect(warnings).toEqual([])
  })
})

describe('ingestVersion', () => {
  it('changes with any source of the ingest or the schema and with the lockfile, not with their tests', () => {
    const root = tempDir()
    const files: Record<string, string> = {
      'src/ingest/page.ts': 'export const a = 1\n',
      'src/ingest/layout/blocks.ts': 'export const b = 1\n',
      'src/ingest/page.test.ts': 'test\n',
      'src/schema/bundle.ts': 'export const c = 1\n',
      'src/app.tsx': 'app\n',
      'package-lock.json': '{}',
    }
    const write = (name: string, text: string) => {
      mkdirSync(join(root, name, '..'), { recursive: true })
      writeFileSync(join(root, name), text)
    }
    for (const [name, text] of Object.entries(files)) write(name, text)
    const first = ingestVersion(root)
    expect(ingestVersion(root)).toBe(first)
    write('src/ingest/page.test.ts', 'another test\n')
    write('src/app.tsx', 'another app\n')
    expect(ingestVersion(root)).toBe(first)
    const versions = new Set([first])
    for (const name of ['src/ingest/page.ts', 'src/ingest/layout/blocks.ts', 'src/schema/bundle.ts', 'package-lock.json']) {
      write(name, `${files[name]}// changed\n`)
      versions.add(ingestVersion(root))
    }
    write('src/ingest/new-step.ts', 'export const d = 1\n')
    versions.add(ingestVersion(root))
    expect(versions.size).toBe(6)
  })
})

describe('markVersionUsed', () => {
  it('keeps the version in use and the two used last before it, and removes older ones', () => {
    const dir = tempDir()
    ;['v1', 'v2', 'v3', 'v4'].forEach((v, i) => {
      mkdirSync(join(dir, v, 'pages'), { recursive: true })
      writeFileSync(join(dir, v, 'pages/entry'), 'x')
      const at = new Date(Date.UTC(2020, 0, 1 + i))
      utimesSync(join(dir, v), at, at)
    })
    markVersionUsed(join(dir), 'v1')
    expect(readdirSync(dir).sort()).toEqual(['v1', 'v3', 'v4'])
    markVersionUsed(join(dir), 'v5')
    expect(readdirSync(dir).sort()).toEqual(['v1', 'v4', 'v5'])
    expect(readFileSync(join(dir, 'v1/pages/entry'), 'utf8')).toBe('x')
  })
})
