import { describe, expect, it } from 'vitest'
import { hitPageLabel } from './search-results'

describe('hitPageLabel', () => {
  it('names a page by its printed number or label', () => {
    expect(hitPageLabel({ printedPage: '3' })).toBe('第3版')
    expect(hitPageLabel({ printedPage: 'A2' })).toBe('第A2版')
  })
  it('says 版次不详 for a page whose number was not printed, not 第1版 by position', () => {
    expect(hitPageLabel({ printedPage: '' })).toBe('版次不详')
  })
})
