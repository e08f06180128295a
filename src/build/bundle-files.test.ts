import { describe, expect, it } from 'vitest'
import { bundleFiles } from '../ingest/write'
import { readBundleDir } from './bundle-files'

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

  it('lays the bundle out as catalog.json plus each issue at its catalog path', async () => {
    const files = bundleFiles(await readBundleDir('test/fixtures/bundle'))
    expect([...files.keys()].sort()).toEqual(['catalog.json', 'issues/kcxw-20241202.json', 'issues/qzrb-20241129.json', 'issues/qzrb-20241130.json'])
    expect(JSON.parse(files.get('issues/qzrb-20241130.json')!).issueId).toBe('qzrb-20241130')
  })

  it('refuses a catalog issue without a body', async () => {
    const { catalog } = await readBundleDir('test/fixtures/bundle')
    expect(() => bundleFiles({ catalog, bodies: new Map() })).toThrow(/has no body/)
  })
})
