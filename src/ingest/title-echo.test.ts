import { describe, expect, it } from 'vitest'
import { ingestPage } from './page'
import { headlineByEcho } from './title-echo'

const stories = (text: string) => (ingestPage('page.txt', new TextEncoder().encode(text)).page?.articles ?? []).filter((a) => !['masthead', 'banner', 'unclassified'].includes(a.kind))

describe('headlineByEcho', () => {
  it('makes the echoed part the title, with the parts above it as kicker and those below as subtitle', () => {
    const h = { title: '某县开展防汛应急演练', subtitle: '千余群众十分钟内完成转移' }
    expect(headlineByEcho(h, ['·某某路今起封闭施工', '·千余群众十分钟内完成转移'])).toEqual({ kicker: '某县开展防汛应急演练', title: '千余群众十分钟内完成转移', subtitle: undefined })
    expect(headlineByEcho({ kicker: '汛期将至', title: '某县开展防汛应急演练', subtitle: '千余群众安全转移' }, ['某县开展防汛应急演练'])).toEqual({ kicker: '汛期将至', title: '某县开展防汛应急演练', subtitle: '千余群众安全转移' })
  })

  it('reads a headline echoed whole on one line as one title', () => {
    expect(headlineByEcho({ title: '老人迷路误入高速', subtitle: '民警护送回家' }, ['老人迷路误入高速民警护送回家'])).toEqual({ kicker: undefined, title: '老人迷路误入高速 民警护送回家', subtitle: undefined })
  })

  it('leaves the headline as the cues read it when no part, or more than one, is echoed', () => {
    const h = { title: '某县开展防汛应急演练', subtitle: '千余群众十分钟内完成转移' }
    expect(headlineByEcho(h, ['某某路今起封闭施工'])).toBeUndefined()
    expect(headlineByEcho(h, ['某县开展防汛应急演练', '千余群众十分钟内完成转移'])).toBeUndefined()
    expect(headlineByEcho({ title: '某县开展防汛应急演练' }, ['某县开展防汛应急演练'])).toBeUndefined()
  })
})

describe('titles echoed by an e-paper page', () => {
  it('takes the line the site lists among the page’s titles as the title, the line above it as its kicker', () => {
    const page = [
      '第A0005版:社会新闻',
      '· 某某路今起封闭施工',
      '· 千余群众十分钟内完成转移',
      '· 某小区加装电梯获点赞',
      '返回主页 | 版面导航 | 标题导航',
      '上一期  下一期',
      '某县开展防汛应急演练',
      '千余群众十分钟内完成转移',
      '  ■记者 张三',
      '',
      '  昨日上午，某县在河边村开展防汛应急演练，模拟河水暴涨、村庄进水的险情。',
      '',
      '  演练中，千余名群众在十分钟内全部转移到安全地带。',
    ].join('\n')
    expect(stories(page).map((a) => [a.kicker, a.title, a.subtitle])).toEqual([['某县开展防汛应急演练', '千余群众十分钟内完成转移', undefined]])
  })
})
