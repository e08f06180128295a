import { describe, expect, it } from 'vitest'
import { inferLocality } from './locality'
import { paperReach } from './paper-reach'
import { findMentions } from './place-index'

/** A page of stories, as the page step hands them over: each story's text with its mentions. */
const locality = (...stories: string[]) => {
  const found = stories.map((text) => ({ text, mentions: findMentions(text) }))
  return inferLocality(stories.join('\n'), found)?.place.name
}

describe('inferLocality', () => {
  it('reads 我市 as the city the page keeps naming', () => {
    expect(locality('我市召开会议，永康五金产业再获殊荣。', '永康海关开展开放日活动，我市企业踊跃参加。')).toBe('永康市')
  })

  it('does not make a paper local from 全市 / 全县 / 全区: a national paper says them of any place', () => {
    expect(locality('记者来到永康，全市上下正忙着秋收。永康五金企业订单饱满，全市外贸增长。')).toBeUndefined()
    expect(locality('全县干部群众参加植树，开化林业产业发展迅速，开化森林覆盖率领先。')).toBeUndefined()
  })

  it('takes a city named only by its streets and towns: 我市 and one city’s streets make that city’s page', () => {
    expect(locality('我市举行招聘会。', '芝英镇和古山镇的企业提供岗位。')).toBe('永康市')
  })

  it('finds no home county in a common word that is also a short place name (旅游资源 is not 资源县)', () => {
    expect(locality('各地盘活旅游资源。', '资源整合与资源共享是关键，资源配置更合理。')).toBeUndefined()
  })

  it('takes a home from what several stories keep naming, not from one story’s subject', () => {
    const report = '记者来到开化县，开化县的根缘产业兴旺，开化县森林覆盖率领先。'
    expect(locality(report, '全国秋粮收购进展顺利。')).toBeUndefined()
    expect(locality(report, '开化县举行马拉松赛。')).toBe('开化县')
  })

  it('takes no home from a bare name a page keeps repeating but never spells out (运河 … 运河沿线)', () => {
    const canal = '记者到运河沿线走访，运河两岸企业林立，在运河边建起物流园。'
    expect(locality(canal, '在运河码头，货船往来；到运河工地，机器轰鸣。')).toBeUndefined()
    expect(locality(canal, '沧州市运河区举行推介会，在运河码头签约项目。')).toBe('运河区')
  })

  it('reads neither 日本市场 nor 资本市场 as 我市', () => {
    expect(locality('日本市场需求回暖，资本市场活跃，永康企业和永康五金出口增长。')).toBeUndefined()
  })

  it('makes a page that says 我省 more than 我市 a provincial paper’s, at home in a province and no county', () => {
    expect(locality('我省出台新政，浙江各地积极落实。', '我省数字经济增长，杭州市、杭州高新区表现突出，浙江省委部署。')).toBe('浙江省')
  })
})

describe('paperReach', () => {
  it('finds no home place for a national paper, by its name or its organ line', () => {
    expect(paperReach({ paper: '人民日报' })?.scope).toBe('national')
    expect(paperReach({ paper: '中国青年报' })?.scope).toBe('national')
    expect(paperReach({ organ: '中共中央机关报' })?.scope).toBe('national')
    // A central paper whose name reads as a district's (光明日报, not a paper of 光明区).
    expect(paperReach({ paper: '光明日报' })?.scope).toBe('national')
  })

  it('places a provincial paper in its province, by its name or its organ line', () => {
    expect(paperReach({ paper: '浙江日报' })).toMatchObject({ scope: 'province', place: { name: '浙江省' } })
    expect(paperReach({ paper: '南方日报', organ: '中共广东省委机关报' })).toMatchObject({ scope: 'province', place: { name: '广东省' } })
  })

  it('places a local paper by its edition first, then its name or organ line', () => {
    expect(paperReach({ paper: '嘉兴日报', edition: '平湖版' })).toMatchObject({ scope: 'local', place: { name: '平湖市' } })
    expect(paperReach({ paper: '今日某地', organ: '中共衢州市委机关报' })).toMatchObject({ scope: 'local', place: { name: '衢州市' } })
    expect(paperReach({ paper: '钱江晚报' })).toBeUndefined()
  })
})
