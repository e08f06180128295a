// The search files built with the cache: the same files as without it, with unchanged shards' exports reused.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { IssueBody } from '../schema/bundle'
import { buildSearchFiles } from '../search/build-shards'
import { readBundleDir } from './bundle-files'
import { buildSearchFilesCached } from './search-cache'

const root = join(__dirname, '../..')
const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

/** A tiny budget: every issue (one a day) is a shard of its own. */
const SIZES = 1

async function setUp() {
  const { catalog, bodies } = await readBundleDir(join(root, 'test/fixtures/bundle'))
  const dir = mkdtempSync(join(tmpdir(), 'banmian-search-cache-'))
  dirs.push(dir)
  const warnings: string[] = []
  const build = (b: ReadonlyMap<string, IssueBody> = bodies) =>
    buildSearchFilesCached(catalog, b, { dir, root, version: 'test', warn: (m) => warnings.push(m) }, SIZES)
  return { catalog, bodies, dir, warnings, build }
}

/** The bodies with one issue's first paragraph changed. */
function edited(bodies: Map<string, IssueBody>, issueId: string): Map<string, IssueBody> {
  const body = structuredClone(bodies.get(issueId)) as IssueBody
  const article = body.pages.flatMap((p) => p.articles).find((a) => a.paragraphs.length > 0)!
  article.paragraphs[0] = `${article.paragraphs[0]}（更正）`
  return new Map([...bodies, [issueId, body]])
}

describe('buildSearchFilesCached', () => {
  it('gives the same files as an uncached build, and a second build exports no shard again', async () => {
    const { catalog, bodies, warnings, build } = await setUp()
    const plain = buildSearchFiles(catalog, bodies, SIZES)
    const cold = build()
    const warm = build()
    expect(new Map(cold.files)).toEqual(plain)
    expect(new Map(warm.files)).toEqual(plain)
    expect(catalog.issues.length).toBe(3)
    expect(cold.stats.shards).toMatchObject({ hits: 0, misses: 3 })
    expect(warm.stats.shards).toMatchObject({ hits: 3, misses: 0 })
    expect(warm.stats.issues).toMatchObject({ hits: 3, misses: 0 })
    expect(warnings).toEqual([])
  })

  it('exports again only the shard whose issue changed', async () => {
    const { catalog, bodies, build } = await setUp()
    build()
    const oldest = catalog.issues[catalog.issues.length - 1]!.id
    const changed = edited(bodies, oldest)
    const again = build(changed)
    expect(new Map(again.files)).toEqual(buildSearchFiles(catalog, changed, SIZES))
    expect(again.stats.issues).toMatchObject({ hits: 2, misses: 1 })
    expect(again.stats.shards).toMatchObject({ hits: 2, misses: 1 })
    expect([...again.files.values()].some((f) => f.includes('（更正）'))).toBe(true)
  })

  it('does not read an unchanged shard until its files are asked for, and makes it again then if its entry is gone', async () => {
    const { dir, build } = await setUp()
    const expected = new Map(build().files)
    rmSync(join(dir, 'search', 'test', 'shards'), { recursive: true, force: true })
    const warm = build()
    expect(warm.stats.shards).toMatchObject({ hits: 3, misses: 0 })
    expect(new Map(warm.files)).toEqual(expected)
  })

  it('ignores a corrupt entry with a warning and makes it again', async () => {
    const { catalog, bodies, dir, warnings, build } = await setUp()
    build()
    const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    for (const e of entries) writeFileSync(join(e.parentPath, e.name), 'garbage')
    const again = build()
    expect(new Map(again.files)).toEqual(buildSearchFiles(catalog, bodies, SIZES))
    // Every entry but the one that lists the last build's issues and shards (it is read, found bad, and written anew).
    expect(again.stats.shards.corrupt + again.stats.issues.corrupt).toBe(entries.length - 1)
    expect(warnings).toHaveLength(entries.length)
    expect(warnings[0]).toMatch(/ignoring unreadable cache entry .*not a cache entry/)
  })
})
