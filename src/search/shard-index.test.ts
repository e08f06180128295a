import { describe, expect, it } from 'vitest'
import { buildShardIndex, candidates, CharTable } from './shard-index'

describe('the bigram index', () => {
  it('keeps exactness when more than 32,767 distinct characters share the last character id', () => {
    // CJK Unified Ideographs, Extension A and Hangul syllables: about 38,000 distinct characters.
    const ranges = [
      [0x4e00, 0x9fff],
      [0x3400, 0x4dbf],
      [0xac00, 0xd7a3],
    ]
    const all: string[] = []
    for (const [a, b] of ranges) for (let c = a!; c <= b!; c++) all.push(String.fromCharCode(c))
    const docs: [string, string][] = []
    for (let i = 0; i < all.length; i += 100) docs.push(['', all.slice(i, i + 100).join('')])
    const chars = new CharTable()
    const index = buildShardIndex(docs, chars)
    const truth = (term: string) => index.texts.flatMap((t, i) => (t.includes(term) ? [i] : []))
    // Late characters collide on the overflow id: their postings are a superset, never "exact".
    for (const term of ['힢', '힡힢', '가', '一丁']) {
      const found = candidates(index, [term], [], chars)!
      const confirmed = [...found.docs].filter((d) => index.texts[d]!.includes(term))
      expect(confirmed, term).toEqual(truth(term))
      if (term === '힢' || term === '힡힢') expect(found.exact).toBe(false)
    }
  })

  it('answers one- and two-character terms from the postings alone', () => {
    const chars = new CharTable()
    const index = buildShardIndex(
      [
        ['', '发展大会'],
        ['', '发展 大会'],
      ],
      chars,
    )
    expect(candidates(index, ['展大'], [], chars)).toMatchObject({ exact: true })
    expect([...candidates(index, ['展大'], [], chars)!.docs]).toEqual([0])
    expect([...candidates(index, ['大会'], ['展大'], chars)!.docs]).toEqual([1])
    expect(candidates(index, ['发展大会'], [], chars)).toMatchObject({ exact: false })
  })
})
