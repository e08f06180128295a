import { describe, expect, it } from 'vitest'
import { type BundleFile, bundleFiles } from '../ingest/write'
import { LibraryIndex, LookupShard, PaperYear } from '../schema/bundle'
import { readBundleDir } from './bundle-files'

const json = (file: BundleFile | undefined) => JSON.parse(typeof file === 'string' ? file : new TextDecoder().decode(file)) as unknown

describe('bundle files', () => {
  it('reads and validates the fixture bundle, whose catalog agrees with its bodies', async () => {
    const { catalog, bodies } = await readBundleDir('test/fixtures/bundle')
    expect(catalog.issues.map((i) => i.id)).toEqual(['kcxw-20241202', 'qzrb-20241130', 'qzrb-20241129'])
    for (const issue of catalog.issues) {
      const body = bodies.get(issue.id)!
      expect(body.pages.map((p) => p.id)).toEqual(issue.pages.map((p) => p.id))
      body.pages.forEach((page, i) => {
        expect(page.articles.map((a) => a.id)).toEqual(issue.pages[i]!.articles.map((a) => a.id))
      })
      expect(catalog.papers.some((p) => p.id === issue.paperId)).toBe(true)
    }
  })

  it('lays the bundle out as index.json, each issue at a content-hashed path, the files the index names, and catalog.json when asked for', async () => {
    const content = await readBundleDir('test/fixtures/bundle')
    expect([...bundleFiles(content).keys()]).not.toContain('catalog.json')
    const files = bundleFiles(content, { catalog: true })
    const catalog = json(files.get('catalog.json')) as { issues: { id: string; body: string }[] }
    const index = LibraryIndex.parse(json(files.get('index.json')))
    const lists = index.archives.flatMap((a) => a.years.map((y) => ({ file: y.file, list: PaperYear.parse(json(files.get(y.file))) })))
    const years = lists.flatMap(({ file, list }) => [file, ...list.places.map((p) => p.file)])
    const shards = Array.from({ length: 16 ** index.lookup.prefix }, (_, n) => `${index.lookup.dir}/${n.toString(16).padStart(index.lookup.prefix, '0')}.json`)
    expect([...files.keys()].sort()).toEqual(['catalog.json', 'index.json', ...catalog.issues.map((i) => i.body), ...years, ...shards].sort())
    for (const year of index.archives.flatMap((a) => a.years)) expect(year.file).toMatch(/^years\/[\w-]+\/(\d+|undated)\.[0-9a-f]{10}\.json$/)
    for (const shard of shards) LookupShard.parse(json(files.get(shard)))
    // Each year list names the bodies as written.
    const listed = lists.flatMap(({ list }) => list.issues.map((i) => i.body))
    expect(listed.sort()).toEqual(catalog.issues.map((i) => i.body).sort())
    for (const issue of catalog.issues) {
      expect(issue.body).toMatch(new RegExp(`^issues/${issue.id}\\.[0-9a-f]{10}\\.json$`))
      expect((json(files.get(issue.body)) as { issueId: string }).issueId).toBe(issue.id)
    }
    // Same content, same names; a changed issue gets a new name.
    expect([...bundleFiles(content, { catalog: true }).keys()]).toEqual([...files.keys()])
    const first = content.catalog.issues[0]!.id
    const changed = new Map(content.bodies)
    changed.set(first, { ...content.bodies.get(first)!, pages: [] })
    const renamed = [...bundleFiles({ catalog: content.catalog, bodies: changed }).keys()]
    expect(renamed.filter((k) => k.startsWith(`issues/${first}.`))).not.toEqual([...files.keys()].filter((k) => k.startsWith(`issues/${first}.`)))
  })

  it('refuses a catalog issue without a body', async () => {
    const { catalog } = await readBundleDir('test/fixtures/bundle')
    expect(() => bundleFiles({ catalog, bodies: new Map() })).toThrow(/has no body/)
  })
})
