import { describe, expect, it } from 'vitest'
import { displayWidth, endsSentence, missingCharacters, UnitBuffer, joinFragments } from './text'

describe('displayWidth', () => {
  it('counts CJK and full-width characters as two columns, ASCII as one', () => {
    expect(displayWidth('abc')).toBe(3)
    expect(displayWidth('衢州日报')).toBe(8)
    expect(displayWidth('Ａ１，')).toBe(6)
  })

  it('counts a character beyond the BMP once, not as two halves', () => {
    expect(displayWidth('𠀀')).toBe(2)
    expect(displayWidth('a𠀀b')).toBe(4)
  })
})

describe('missingCharacters', () => {
  it('is empty when every non-space character is accounted for, whatever the spacing and order', () => {
    expect(missingCharacters(['本报讯 记者\u3000张三\n正文。'], ['正文。', '本报讯(记者张三)'])).toEqual(new Map())
  })

  it('names each lost character with how many times it was lost', () => {
    expect(missingCharacters(['衢州衢州市'], ['衢州'])).toEqual(new Map([['衢', 1], ['州', 1], ['市', 1]]))
  })

  it('counts characters beyond the BMP as whole characters', () => {
    expect(missingCharacters(['𠀀𠀁'], ['𠀀'])).toEqual(new Map([['𠀁', 1]]))
    expect(missingCharacters(['𠀀'], ['𠀀'])).toEqual(new Map())
  })

  it('leaves no state behind between calls', () => {
    expect(missingCharacters(['甲乙'], [])).toEqual(new Map([['甲', 1], ['乙', 1]]))
    expect(missingCharacters(['甲'], ['甲'])).toEqual(new Map())
  })
})

describe('endsSentence', () => {
  it('accepts sentence and clause ends, also before closing quotes and trailing space', () => {
    for (const s of ['今天通车。', '真的吗？', 'Done!', '如下：', '三点；', '他说：“好。”', '（完）。）', '结束了。”  ', '未完——', '……']) expect(endsSentence(s), s).toBe(true)
  })

  it('refuses text cut mid-sentence, a single dash, and quotes after a clause end', () => {
    for (const s of ['大桥全长两公里，', '今天正式', '一—', '他说；”', '', '   ', '“引语”']) expect(endsSentence(s), s).toBe(false)
  })

  it('takes a Latin full stop for 。 after a character, a percentage or a closing quote, not after a digit or a Latin word', () => {
    for (const s of ['城市夜景.', '增长49.9%.', '“零违纪”.', '他说.”', '夜景．']) expect(endsSentence(s), s).toBe(true)
    for (const s of ['投资266.', 'No.', '约1.']) expect(endsSentence(s), s).toBe(false)
  })

  it('takes a note in brackets after the last sentence (……。（完）) for the end it closes, not brackets inside a sentence', () => {
    for (const s of ['跨入新年。（完）', '跨入新年。（本报记者甲乙、丙丁）', '他说：“好。”(记者 张三)', '跨入新年。 （完）']) expect(endsSentence(s), s).toBe(true)
    for (const s of ['设有专班（组长）', '跨入新年（完）', '这是（一）（二）', '多项活动（详见第二版）']) expect(endsSentence(s), s).toBe(false)
  })
})

describe('UnitBuffer', () => {
  const unitsOf = (s: string) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i))

  it('holds exactly the UTF-16 units of each string it is given, lone surrogates included, growing as needed', () => {
    const buffer = new UnitBuffer()
    const short = 'a\ud800b中\u{1F600}'
    expect([...buffer.fill(short).subarray(0, short.length)]).toEqual(unitsOf(short))
    const long = '新闻'.repeat(50_000) + '\udc00'
    expect([...buffer.fill(long).subarray(0, long.length)]).toEqual(unitsOf(long))
    expect([...buffer.fill('xy').subarray(0, 2)]).toEqual([0x78, 0x79])
  })
})

describe('joinFragments', () => {
  it('rejoins a number or word a wrap cut inside Chinese text without a space', () => {
    expect(joinFragments('全年产量约1', '3万吨')).toBe('全年产量约13万吨')
    expect(joinFragments('截至202', '5年底')).toBe('截至2025年底')
    expect(joinFragments('据Open', 'AI公司介绍')).toBe('据OpenAI公司介绍')
  })

  it('keeps the space between Latin words and numbers that a space parted', () => {
    expect(joinFragments('The plant opened in', '2024 with 300 workers')).toBe('The plant opened in 2024 with 300 workers')
    expect(joinFragments('全年 GDP', 'growth')).toBe('全年 GDP growth')
  })

  it('joins Chinese text without a space', () => expect(joinFragments('全县各地抓住晴好天气，', '组织农户开展春耕。')).toBe('全县各地抓住晴好天气，组织农户开展春耕。'))
})
