import { describe, expect, it } from 'vitest'
import type { Catalog } from '@/schema/bundle'
import type { SearchHit } from '@/search/engine'
import { hitPageLabel } from './search-results'

const catalog = {
  version: 1,
  papers: [],
  places: [],
  warnings: [],
  issues: [
    { id: 'a', paperId: 'p', dateInferred: false, body: 'issues/a.json', pages: [{ id: 'a1', number: 3, sourceFile: 'x', articles: [] }] },
    { id: 'u', paperId: 'p', dateInferred: true, body: 'issues/u.json', pages: [{ id: 'u1', sourceFile: 'y', articles: [] }] },
  ],
} satisfies Catalog
const hit = (issueId: string, pageNo: string) => ({ issueId, pageNo }) as SearchHit

describe('hitPageLabel', () => {
  it('names a page by its printed number', () => {
    expect(hitPageLabel(hit('a', '3'), catalog)).toBe('第3版')
  })
  it('says 版次不详 for a page whose number was not printed, not 第1版 by position', () => {
    expect(hitPageLabel(hit('u', '1'), catalog)).toBe('版次不详')
  })
  it('falls back to the index number until the catalog is in', () => {
    expect(hitPageLabel(hit('u', '1'), undefined)).toBe('第1版')
  })
})
