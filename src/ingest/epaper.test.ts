import { describe, expect, it } from 'vitest'
import { buildArticle } from './article'
import { toUnits } from './blocks'
import { readFurniture, standsApart } from './epaper'
import { segment } from './segment'

describe('readFurniture', () => {
  it.each(['某某日报 数字报纸', '某某日报数字报', '某某日报电子版', '某某日报 - 数字报刊', '某某日报多媒体数字报刊平台', '某某晚报 | 电子报'])('reads the paper from the site header %s', (line) => {
    expect(readFurniture(line)).toEqual({ kind: 'header', fields: { paper: line.startsWith('某某日报') ? '某某日报' : '某某晚报' } })
  })

  it('reads a header that also prints the date', () => {
    expect(readFurniture('某某日报数字报 2024年06月03日 星期一')).toEqual({ kind: 'header', fields: { paper: '某某日报', date: '2024-06-03', weekday: '星期一' } })
  })

  it.each(['上一版 下一版', '上一期  下一期', '返回目录', '版面导航', '标题导航', 'PDF下载', '查看原版', '放大 缩小 默认', '<< 上一篇  下一篇 >>', '返回主页', '往期回顾', '本版新闻', '上一版 | 下一版 | 返回目录'])(
    'takes %s for navigation',
    (line) => {
      expect(readFurniture(line)).toEqual({ kind: 'navigation', fields: {} })
    },
  )

  it('reads the page label printed among navigation words', () => {
    expect(readFurniture('第03版：要闻  上一版  下一版')).toEqual({ kind: 'navigation', fields: { pageNumber: 3, pageName: '要闻' } })
  })

  it('takes a line listing the issue\'s pages for a page list, which names no page of its own', () => {
    expect(readFurniture('01版：要闻 02版：要闻 03版：综合')).toEqual({ kind: 'pageList', fields: {} })
    expect(readFurniture('版面导航：A01版：要闻 A02版：城事')).toEqual({ kind: 'pageList', fields: {} })
    expect(readFurniture('第01版 要闻 第02版 经济')).toEqual({ kind: 'pageList', fields: {} })
  })

  it('reads paper, date and page from footers', () => {
    expect(readFurniture('《人民日报》（2024年06月03日 第04版）')).toEqual({ kind: 'footer', fields: { paper: '人民日报', date: '2024-06-03', pageNumber: 4 } })
    expect(readFurniture('浙江日报 2024年06月03日 第3版')).toEqual({ kind: 'footer', fields: { paper: '浙江日报', date: '2024-06-03', pageNumber: 3 } })
    expect(readFurniture('某某日报 2024-06-03 a0008版')).toEqual({ kind: 'footer', fields: { paper: '某某日报', date: '2024-06-03', pageLabel: 'A8' } })
  })

  it.each(['版权所有 ©某某日报社', '版权所有 ©某某日报社，未经授权不得转载', '浙ICP备12345678号-1', 'Copyright © 2024 Moumou Daily, All Rights Reserved', '浙公网安备 33010202000001号'])('takes %s for a copyright line', (line) => {
    expect(readFurniture(line)?.kind).toBe('copyright')
  })

  it('leaves headlines, prose and plain masthead lines alone', () => {
    for (const line of [
      '消费券默认发放',
      '负面清单目录公布',
      '大桥建成通车',
      '本报讯（记者 张三）昨日，该书的版权所有人来到现场。',
      '某某日报',
      '某某日报社',
      '人民日报海外版',
      '2024年06月03日 星期一',
      '01版：要闻',
      '聚焦2024版规划',
    ]) {
      expect(readFurniture(line), line).toBeUndefined()
    }
  })
})

describe('standsApart', () => {
  it('keeps furniture and page labels out of paragraphs, but not a date a column may wrap around', () => {
    expect(standsApart('上一篇 下一篇')).toBe(true)
    expect(standsApart('第03版：要闻')).toBe(true)
    expect(standsApart('2024年06月03日 第3版')).toBe(true)
    expect(standsApart('2024年12月1日')).toBe(false)
    expect(standsApart('万余户，改造内容包括管网更新、加装电梯、停车位增设和绿化提升')).toBe(false)
  })
})

describe('furniture between and after stories', () => {
  const articlesOf = (text: string) => segment(toUnits(text)).map(buildArticle)

  it('parts the stories and is kept as page furniture, never a headline or a last paragraph', () => {
    const page = ['大桥建成通车', '本报讯 大桥今天正式通车。', '<< 上一篇  下一篇 >>', '夜校开课了', '本报讯 乡村夜校今天开课。', '某某日报 2024年06月03日 第3版', '版权所有 ©某某日报社'].join('\n\n')
    expect(articlesOf(page).map((a) => [a.kind, a.title, a.paragraphs])).toEqual([
      ['news', '大桥建成通车', ['大桥今天正式通车。']],
      ['masthead', '', ['<< 上一篇  下一篇 >>']],
      ['news', '夜校开课了', ['乡村夜校今天开课。']],
      ['masthead', '', ['某某日报 2024年06月03日 第3版', '版权所有 ©某某日报社']],
    ])
  })
})
