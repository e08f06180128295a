import { describe, expect, it } from 'vitest'
import { toUnits, withoutMarkup } from './blocks'

/** A paragraph hard-wrapped at ten characters, as a narrow column's OCR gives it. */
const wrapAt10 = (text: string): string[] => text.match(/.{1,10}/gu) ?? []

const PROSE = '今年以来，全县上下抓住晴好天气组织农户开展春耕，各地农机合作社忙着翻耕土地，田野里一派繁忙景象，目前已完成播种面积十万亩。'

describe('a page hard-wrapped to one column', () => {
  it('joins a two-line block whose first line fills the column, though short blocks are not taken for wrapped otherwise', () => {
    const page = [...wrapAt10(PROSE), '', '系统掌握前沿技术的最新', '动态', '', ...wrapAt10(PROSE)].join('\n')
    expect(toUnits(page).map((u) => u.text)).toContain('系统掌握前沿技术的最新动态')
  })

  it('keeps a kicker and its title apart on a page not wrapped, however alike their widths', () => {
    const kicker = '西宁城西区建设“微综合体”化解小区矛盾纠纷'
    const title = '瞄准小院小楼 服务做细做优(社会治理在身边)'
    expect(toUnits([kicker, title, '', PROSE].join('\n')).map((u) => u.text)).toEqual([kicker, title, PROSE])
  })

  it('keeps two stacked lines apart on a page of one paragraph per line', () => {
    const page = [PROSE, '', '系统掌握前沿技术的最新', '动态', '', PROSE].join('\n')
    expect(toUnits(page).map((u) => u.text)).toEqual([PROSE, '系统掌握前沿技术的最新', '动态', PROSE])
  })
})

describe('text set line by line under a heading', () => {
  const LINES = ['总面积118万平方公里', '相当于72个北京', '最东面是东经126度', '最西面是东经97度', '时间相差116分钟', '这就意味着东边天黑了']

  it('keeps a block of many short lines with no sentence end, under a Markdown heading, as one unit whose lines stay lines', () => {
    const units = toUnits(['# 某地究竟有多大', '', ...LINES].join('\n'))
    expect(units.map((u) => u.text)).toEqual(['某地究竟有多大', LINES.join('\n')])
  })

  it('leaves the same lines apart where no heading stands above them (a list of a page’s titles), and a short stack under a heading', () => {
    expect(toUnits(['某地究竟有多大', '', ...LINES].join('\n')).map((u) => u.text)).toEqual(['某地究竟有多大', ...LINES])
    expect(toUnits(['# 某地究竟有多大', '', ...LINES.slice(0, 3)].join('\n')).map((u) => u.text)).toEqual(['某地究竟有多大', ...LINES.slice(0, 3)])
    expect(toUnits(['## 第03版：要闻', '', ...LINES].join('\n')).map((u) => u.text)).toEqual(['第03版：要闻', ...LINES])
  })
})

describe('Markdown italics around a whole line', () => {
  it('are markup: the line is read, and checked for loss, without them', () => {
    const text = '*某某日报 2024-06-03 第2版*\n\n城南新建口袋公园\n\n公园正式开放，3*4米的花坛*很醒目'
    expect(toUnits(text)[0]?.text).toBe('某某日报 2024-06-03 第2版')
    expect(withoutMarkup(text)).toBe('某某日报 2024-06-03 第2版\n\n城南新建口袋公园\n\n公园正式开放，3*4米的花坛*很醒目')
    // A rule of stars and a bulleted line are no emphasis
    expect(withoutMarkup('* * *\n* 第一条')).toBe('* * *\n* 第一条')
  })
})
