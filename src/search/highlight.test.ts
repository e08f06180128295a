import { describe, expect, it } from 'vitest'
import { highlight, matchRanges, snippet } from './highlight'
import { parseQuery } from './query'
import { foldWithMap, normalize } from './normalize'

describe('highlighting maps matches back to the printed text', () => {
  it('marks full-width and upper-case text for a half-width lower-case term', () => {
    expect(highlight('成绩ＳＣＯＲＥ为１２３分', ['score', '123'])).toEqual([
      { text: '成绩', mark: false },
      { text: 'ＳＣＯＲＥ', mark: true },
      { text: '为', mark: false },
      { text: '１２３', mark: true },
      { text: '分', mark: false },
    ])
  })

  it('merges overlapping matches and keeps HTML as plain text', () => {
    expect(matchRanges('衢州市衢州', ['衢州', '州市'])).toEqual([[0, 5]])
    expect(matchRanges('衢州、衢州', ['衢州'])).toEqual([
      [0, 2],
      [3, 5],
    ])
    expect(highlight('<img src=x onerror=alert(1)>', ['img'])).toEqual([
      { text: '<', mark: false },
      { text: 'img', mark: true },
      { text: ' src=x onerror=alert(1)>', mark: false },
    ])
  })

  it('folds piece by piece exactly like normalize on ordinary text', () => {
    for (const s of ['全角，标点：（测试）', 'ＡＢＣ abc', 'e\u0301cole', '㈱会社', 'ﬁne']) expect(foldWithMap(s).text).toBe(normalize(s))
    expect(highlight('㈱会社', ['(株)'])).toEqual([
      { text: '㈱', mark: true },
      { text: '会社', mark: false },
    ])
  })

  it('cuts a snippet around the first match', () => {
    const text = `${'前'.repeat(100)}衢州${'后'.repeat(100)}`
    const segs = snippet(text, ['衢州'], 40)
    expect(segs[0]).toEqual({ text: '…', mark: false })
    expect(segs.find((s) => s.mark)?.text).toBe('衢州')
    expect(segs.map((s) => s.text).join('').length).toBeLessThan(50)
  })
})

describe('query syntax', () => {
  it('splits on spaces, keeps quoted phrases, folds width and case', () => {
    const q = parseQuery('衢州　ＳＣＯＲＥ "高质量 发展" -广告')
    expect(q.include.map((t) => t.text).sort()).toEqual(['score', '衢州', '高质量 发展'].sort())
    expect(q.exclude.map((t) => t.text)).toEqual(['广告'])
  })

  it('keeps a lone minus and a minus inside a term literal', () => {
    expect(parseQuery('- 1-2').include.map((t) => t.text).sort()).toEqual(['-', '1-2'])
  })
})
