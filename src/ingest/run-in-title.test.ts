import { describe, expect, it } from 'vitest'
import { ingestPage } from './page'
import { splitRunInTitle } from './run-in-title'

const stories = (text: string) => (ingestPage('page.txt', new TextEncoder().encode(text)).page?.articles ?? []).filter((a) => a.kind !== 'masthead')

describe('splitRunInTitle', () => {
  it('takes the spaced parts before the prose as the title', () => {
    expect(splitRunInTitle('小区停车难 居民有了新去处 昨日上午，记者来到某某小区，看到新建的停车场已经投入使用，居民们纷纷点赞，停车难的老问题终于有了解决的办法。')).toEqual({
      title: '小区停车难 居民有了新去处',
      rest: '昨日上午，记者来到某某小区，看到新建的停车场已经投入使用，居民们纷纷点赞，停车难的老问题终于有了解决的办法。',
    })
  })

  it('takes the parts before a dateline as the title', () => {
    expect(splitRunInTitle('某某杯足球赛 揭幕战今晚打响 本报讯(记者 张三)作为今年赛季的揭幕战，今晚的比赛备受关注，开赛前一周门票就已经全部售罄，球迷们热情高涨。')).toMatchObject({ title: '某某杯足球赛 揭幕战今晚打响' })
  })

  it('leaves prose, datelines, marks and cut numbers alone', () => {
    expect(splitRunInTitle('昨日上午，记者来到某某小区 看到新建的停车场已经投入使用，居民们纷纷点赞，称赞这是一件实事。')).toBeUndefined()
    expect(splitRunInTitle('新华社北京5月14日电 （记者张三）5月14日上午，某某会议在北京召开，会议审议通过了多项议程。')).toBeUndefined()
    expect(splitRunInTitle('(上接第一版) 各地要加强组织领导，确保各项措施落到实处，切实保障人民群众生命财产安全。')).toBeUndefined()
    expect(splitRunInTitle('国际油价自 2014 年下半年反复下行，期油由平均每桶一百美元跌至不足五十美元，令产油国收入大减。')).toBeUndefined()
    expect(splitRunInTitle('近日 某某小区')).toBeUndefined()
  })
})

describe('a story whose title runs into its first paragraph', () => {
  it('reads the title as its headline and the dateline as its byline', () => {
    const [story] = stories('第08版:文体新闻 | 上一版\n\n某某杯足球赛 揭幕战今晚打响 本报讯(记者 张三)作为今年赛季的揭幕战，今晚的比赛备受关注，开赛前一周门票就已经全部售罄，球迷们热情高涨。\n')
    expect(story).toMatchObject({ kind: 'news', title: '某某杯足球赛 揭幕战今晚打响', authors: [{ name: '张三' }] })
    expect(story?.paragraphs.join('')).toContain('作为今年赛季的揭幕战')
  })
})
