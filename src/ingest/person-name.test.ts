import { describe, expect, it } from 'vitest'
import { isPersonName, joinSpacedNames, splitRunTogetherNames } from './person-name'

describe('isPersonName', () => {
  it('takes a surname with one or two characters, and a compound surname with one or two', () => {
    expect(isPersonName('张三')).toBe(true)
    expect(isPersonName('李小明')).toBe(true)
    expect(isPersonName('欧阳明')).toBe(true)
    // Common surnames the list once missed (傅, 赖, 洪 …): a credit by 傅某某 alone is a photographer's.
    expect(isPersonName('傅明远')).toBe(true)
    expect(isPersonName('赖小华')).toBe(true)
    expect(isPersonName('洪涛')).toBe(true)
    expect(isPersonName('大美衢州')).toBe(false)
    expect(isPersonName('要闻')).toBe(false)
  })
})

describe('joinSpacedNames', () => {
  it('pairs a run of padded characters into two-character names and leaves whole names alone', () => {
    expect(joinSpacedNames(['张', '三', '李', '四'])).toEqual(['张三', '李四'])
    expect(joinSpacedNames(['张', '三', '李小明', '王', '五'])).toEqual(['张三', '李小明', '王五'])
    expect(joinSpacedNames(['李小明'])).toEqual(['李小明'])
  })

  it('never makes a three-character name: an odd run leaves one character alone, chosen by surnames', () => {
    expect(joinSpacedNames(['张', '三', '李'])).toEqual(['张三', '李'])
    expect(joinSpacedNames(['王', '李', '四'])).toEqual(['王', '李四'])
    expect(joinSpacedNames(['陈'])).toEqual(['陈'])
  })

  it('does not join across a token that may not take part', () => {
    expect(joinSpacedNames(['王', '摄', '五'], (t) => t !== '摄')).toEqual(['王', '摄', '五'])
  })
})

describe('surnames as traditional characters print them', () => {
  it('takes 陳 鄭 蘇 鄧 as surnames, and a character that is no surname still not', () => {
    expect(isPersonName('陳小明')).toBe(true)
    expect(isPersonName('鄭某')).toBe(true)
    expect(isPersonName('蘇某某')).toBe(true)
    expect(isPersonName('體育')).toBe(false)
  })
})

describe('splitRunTogetherNames', () => {
  it('splits names printed without a space when one split alone makes them surname + given name', () => {
    expect(splitRunTogetherNames('张小明李大海')).toEqual(['张小明', '李大海'])
    expect(splitRunTogetherNames('王五李小明')).toEqual(['王五', '李小明'])
  })

  it('leaves a run with no split, with several, or too short to tell from two words', () => {
    expect(splitRunTogetherNames('高温来袭')).toBeUndefined()
    expect(splitRunTogetherNames('全国高温来袭')).toBeUndefined()
    expect(splitRunTogetherNames('今日要闻速览')).toBeUndefined()
    expect(splitRunTogetherNames('王小明')).toBeUndefined()
  })
})
