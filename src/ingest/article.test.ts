import { describe, expect, it } from 'vitest'
import { ingestPage } from './page'
import { buildArticle } from './article'
import type { Classified, Draft } from './segment'

const articles = (text: string) => (ingestPage('page.txt', new TextEncoder().encode(text)).page?.articles ?? []).filter((a) => a.kind !== 'masthead')

describe('kinds: commentary', () => {
  it('is read from an opinion column set as the kicker, bracketed or not', () => {
    const [a, b] = articles(['今日谈', '让城市更有温度', '', '城市建设要坚持以人民为中心，让群众生活更方便。', '', '【钱塘评】', '垃圾分类贵在坚持', '', '垃圾分类是一场持久战，不能一阵风。'].join('\n'))
    expect(a).toMatchObject({ kind: 'commentary', kicker: '今日谈', title: '让城市更有温度' })
    expect(b).toMatchObject({ kind: 'commentary', kicker: '【钱塘评】', title: '垃圾分类贵在坚持' })
  })

  it('is read from a commentator\'s byline', () => {
    const [a] = articles(['坚定不移推动高质量发展', '', '本报评论员', '', '高质量发展是新时代的硬道理。各地要结合实际，找准着力点。'].join('\n'))
    expect(a?.kind).toBe('commentary')
  })

  it('is every story of a page named 评论 or 理论, but not a photo or a notice there', () => {
    const page = ['某某日报', '', '2024年6月3日 星期一', '', '第5版 理论', '', '深刻把握新质生产力的内涵', '', '张三', '', '新质生产力是创新起主导作用的先进生产力。', '', '秋收', '', '农民在田间收割水稻。 李四 摄'].join('\n')
    expect(articles(page).map((a) => a.kind)).toEqual(['commentary', 'photo'])
  })

  it('is not a news report on a news page, nor a talk (两岸会谈) in a title', () => {
    const [a] = articles(['某某日报', '', '2024年6月3日 星期一', '', '第2版 要闻', '', '两岸经贸会谈在厦门举行', '', '本报讯（记者 张三）两岸经贸会谈昨日在厦门举行。'].join('\n'))
    expect(a?.kind).toBe('news')
  })
})

describe('bylines', () => {
  it('keep the dateline when a brief signs off with a name', () => {
    const [a] = articles(['县领导参加植树活动', '', '本报讯春回大地，万象更新。县领导们一边植树，一边了解建设情况。(王小五)'].join('\n'))
    expect(a).toMatchObject({ byline: '本报讯\n(王小五)', authors: [{ name: '王小五', role: 'author' }], paragraphs: ['春回大地，万象更新。县领导们一边植树，一边了解建设情况。'] })
  })
})

describe('paragraphs of another story interleaved into this one', () => {
  const unit = (text: string, role: Classified['role'], line: number): Classified => ({ text, startLine: line, endLine: line, block: line, gap: 1, heading: undefined, indented: false, role })

  it('are named by the paragraphs they are, after the byline lines at the story’s foot are taken off', () => {
    const draft: Draft = {
      kind: 'article',
      head: [unit('美食品牌重塑', 'headline', 1)],
      bylines: [],
      body: [
        unit('小吃街上人头攒动，游客排起了长队。', 'body', 2),
        unit('记者 赵远凤', 'byline', 3),
        unit('本县是美食之乡，近年来大力推动本地特', 'body', 5),
        unit('山前村共富工坊共入驻了五家企业，山前村群众实现家门口就业。', 'body', 7),
        unit('今年以来，山前村共富工坊又新增岗位两百个。', 'body', 9),
        unit('色餐饮走出去，美食产业越做越大。', 'body', 11),
      ],
    }
    const a = buildArticle(draft)
    expect(a.byline).toBe('记者 赵远凤')
    expect(a.interleaved?.map((k) => a.paragraphs[k])).toEqual(['山前村共富工坊共入驻了五家企业，山前村群众实现家门口就业。', '今年以来，山前村共富工坊又新增岗位两百个。'])
  })
})
