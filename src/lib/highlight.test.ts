import { describe, expect, it } from 'vitest'
import { countOccurrences, highlightRuns } from './highlight'

describe('highlightRuns', () => {
  it('marks every occurrence and keeps the text between', () => {
    expect(highlightRuns('柯城赋能柯城', '柯城')).toEqual([
      { text: '柯城', mark: true },
      { text: '赋能', mark: false },
      { text: '柯城', mark: true },
    ])
  })

  it('matches Latin text regardless of case, keeping the printed case', () => {
    expect(highlightRuns('研发R&D投入', 'r&d')).toEqual([
      { text: '研发', mark: false },
      { text: 'R&D', mark: true },
      { text: '投入', mark: false },
    ])
  })

  it('leaves text without the needle, or without a needle, whole', () => {
    expect(highlightRuns('正文', '标题')).toEqual([{ text: '正文', mark: false }])
    expect(highlightRuns('正文', undefined)).toEqual([{ text: '正文', mark: false }])
    expect(highlightRuns('', '标题')).toEqual([{ text: '', mark: false }])
  })

  it('treats markup in the needle as text', () => {
    expect(highlightRuns('a<b>c', '<b>')).toEqual([
      { text: 'a', mark: false },
      { text: '<b>', mark: true },
      { text: 'c', mark: false },
    ])
  })

  it('counts occurrences across texts', () => {
    expect(countOccurrences(['柯城柯城', undefined, '衢州柯城'], '柯城')).toBe(3)
    expect(countOccurrences(['柯城'], '')).toBe(0)
  })
})

describe('highlightRuns across widths', () => {
  it('marks full-width text for a half-width needle, as search does', () => {
    expect(highlightRuns('ＳＣＯＲＥ项目', 'score')).toEqual([
      { text: 'ＳＣＯＲＥ', mark: true },
      { text: '项目', mark: false },
    ])
  })
})
