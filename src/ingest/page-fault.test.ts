// A fault in the page steps on one page (a bug, not bad input) must not stop an archive's build nor lose the page.
import { describe, expect, it, vi } from 'vitest'
import { checkNothingLost, ingestPage } from './page'

vi.mock('./segment', async (original) => ({
  ...(await original<typeof import('./segment')>()),
  segment: () => {
    throw new Error('boom')
  },
}))

describe('a page the steps fail on', () => {
  it('is kept whole as unclassified text under its metadata, and a warning names the file', () => {
    const text = '---\npaper: 某某日报\ndate: 2024-06-03\npage: 2\n---\n山乡夜市开张\n\n本报讯 夜市开张了，游客纷至沓来。'
    const { page, problems, error } = ingestPage('某某日报/2024-06-03-02.txt', new TextEncoder().encode(text))
    expect(error).toBeUndefined()
    expect(page?.meta).toMatchObject({ paper: '某某日报', date: '2024-06-03', pageNumber: 2 })
    expect(page?.articles.map((a) => a.kind)).toEqual(['unclassified'])
    expect(checkNothingLost('山乡夜市开张\n\n本报讯 夜市开张了，游客纷至沓来。', page!)).toEqual([])
    expect(problems).toContainEqual(expect.objectContaining({ file: '某某日报/2024-06-03-02.txt', message: expect.stringMatching(/内部错误.*boom/) }))
  })
})
