import { describe, expect, it } from 'vitest'
import { fullWidthPunctuation, headlineBreaks, looseWhenJustified, wordBreaks } from './typeset'

describe('fullWidthPunctuation', () => {
  it('draws OCR half-width marks between Chinese characters full-width', () => {
    expect(fullWidthPunctuation('11月26日,市委书记;会议:通过!好吗?')).toBe('11月26日，市委书记；会议：通过！好吗？')
    expect(fullWidthPunctuation('他说:“好”,然后')).toBe('他说：“好”，然后')
  })

  it('turns a bracket pair full-width when its content is Chinese at either end', () => {
    expect(fullWidthPunctuation('本报讯(记者 张三)今天')).toBe('本报讯（记者 张三）今天')
    expect(fullWidthPunctuation('各省(市、区)科技')).toBe('各省（市、区）科技')
    expect(fullWidthPunctuation('（记者 张三)')).toBe('（记者 张三）')
  })

  it('leaves Latin, numbers and times as they are', () => {
    for (const text of ['10:30开会', 'A,B两类', '第(1)条', 'GDP(2024)增长', 'Hello, world!', '增长3.5%,']) {
      expect(fullWidthPunctuation(text)).toBe(text)
    }
  })

  it('keeps the length, so offsets into the stored text still hold', () => {
    const text = '日,市 神,按(记者 李四)说:好?'
    expect(fullWidthPunctuation(text)).toHaveLength(text.length)
  })
})

describe('wordBreaks', () => {
  it('offers breaks only between words, never before closing punctuation', () => {
    const text = '高屹率团赴韩国开展经贸考察访问，成果丰硕'
    const breaks = wordBreaks(text)
    expect(breaks.length).toBeGreaterThan(3)
    // 韩国 and 开展 are words: no break inside either, one between them.
    expect(breaks).not.toContain(text.indexOf('国'))
    expect(breaks).not.toContain(text.indexOf('展'))
    expect(breaks).toContain(text.indexOf('开'))
    expect(breaks).not.toContain(text.indexOf('，'))
  })

  it('keeps Latin words and numbers whole', () => {
    const text = '2024年GDP增长'
    expect(wordBreaks(text).filter((b) => b < 4 || (b > 5 && b < 8))).toEqual([])
  })
})

describe('looseWhenJustified', () => {
  it('flags paragraphs with a long Latin word or number, not dates', () => {
    expect(looseWhenJustified('2024年11月30日，市委召开会议')).toBe(false)
    expect(looseWhenJustified('咨询电话0570-8881234')).toBe(true)
    expect(looseWhenJustified('访问www.example.com了解')).toBe(true)
  })
})

describe('headlineBreaks', () => {
  it('gives each headline part its word breaks, leaving out parts without one', () => {
    const breaks = headlineBreaks({ kicker: '研发经费投入总量强度双提升', title: '柯城赋能创新发展', subtitle: '好' })
    expect(breaks?.kicker).toEqual(wordBreaks('研发经费投入总量强度双提升'))
    expect(breaks?.title).toEqual(wordBreaks('柯城赋能创新发展'))
    expect(breaks?.title?.length).toBeGreaterThan(1)
    expect(breaks).not.toHaveProperty('subtitle')
  })

  it('says "no break" for a one-word headline, and nothing for an item without a headline', () => {
    expect(headlineBreaks({ title: '好' })).toEqual({})
    expect(headlineBreaks({ title: '' })).toBeUndefined()
  })
})
