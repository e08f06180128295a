// Closing lines of a story (issue 11, pattern 1): they belong to the story above and never head the next one.
import { describe, expect, it } from 'vitest'
import { buildArticle } from './article'
import { toUnits } from './blocks'
import { restitchAcrossArticles } from './restitch'
import { segment } from './segment'

const articlesOf = (lines: string[]) => restitchAcrossArticles(segment(toUnits(lines.join('\n'))).map((d) => buildArticle(d))).filter((a) => a.kind !== 'masthead')
const NEXT = ['', '城南新建三座口袋公园', '', '本报讯（记者 张三）近日，城南街道新建的三座口袋公园正式向市民开放。']

describe('closing lines stay with the story above', () => {
  it.each([
    ['an author note', '（作者为某大学马克思主义学院教授）'],
    ['an author\'s unit', '（作者单位：某省社会科学院）'],
    ['a source', '（来源：某某网）'],
    ['a bare source', '来源：新华社'],
    ['a cross-reference', '（相关报道见第二版）'],
    ['a closing dateline', '（本报比什凯克7月14日电）'],
    ['a source in brackets', '（据新华社电）'],
    ['a series’ end', '（本系列评论结束）'],
    ['a source with 据', '据新华社'],
    ['the graphic’s credit', '制图：蔡某某'],
    ['the coordinator’s credit', '本期统筹：杨某某'],
  ])('%s: kept as the story\'s last paragraph, and the next headline heads the next story', (_, note) => {
    const [essay, parks, ...rest] = articlesOf(['文化自信从何而来', '', '李明', '', '文化自信是更基础、更广泛、更深厚的自信。', '', note, ...NEXT])
    expect(rest).toEqual([])
    expect(essay).toMatchObject({ title: '文化自信从何而来', paragraphs: ['文化自信是更基础、更广泛、更深厚的自信。', note] })
    expect(parks).toMatchObject({ title: '城南新建三座口袋公园', byline: '本报讯（记者 张三）' })
  })

  it('a collection credit joins the byline and names its reporter', () => {
    const [talk, parks] = articlesOf(['把论文写在大地上', '', '问：这次调研的主要收获是什么？', '', '答：我们走访了十多个村，看到乡村正在发生可喜变化。', '', '（本报记者 王五采访整理）', ...NEXT])
    expect(talk).toMatchObject({ title: '把论文写在大地上', byline: '（本报记者 王五采访整理）', authors: [{ name: '王五', role: 'reporter' }] })
    expect(talk?.paragraphs.at(-1)).toBe('答：我们走访了十多个村，看到乡村正在发生可喜变化。')
    expect(parks?.title).toBe('城南新建三座口袋公园')
  })

  it('a photo credit closes the story and names the photographer', () => {
    const [story, parks] = articlesOf(['老街焕新颜', '', '本报讯（记者 赵敏）经过半年改造，老街以崭新面貌迎接游客。', '', '新华社记者 王五摄', ...NEXT])
    expect(story?.title).toBe('老街焕新颜')
    expect(parks?.title).toBe('城南新建三座口袋公园')
  })

  it('a roundup’s reporters in brackets under its last paragraph close it, and the kicker and title below head the next story', () => {
    const roundup = ['人民幸福安康 祖国繁荣吉祥', '', '大年初三年味浓，团圆欢聚乐融融。', '北京  颐和园游客接待量突破10万人次。', '（本报记者甲乙、丙丁、戊己）']
    const next = ['', '某市环卫夫妇郑某某、李某某25年坚守岗位——', '“社区就是家，一定要干净”（讲述·我们都是追梦人）', '', '晚上8点，街道上道路整洁有序。']
    for (const page of [[...roundup, ...next], [...roundup.slice(0, -2), `${roundup[3]}${roundup[4]}`, ...next]]) {
      const [a, b, ...rest] = articlesOf(page)
      expect(rest).toEqual([])
      expect(a).toMatchObject({ title: '人民幸福安康 祖国繁荣吉祥', authors: [{ name: '甲乙' }, { name: '丙丁' }, { name: '戊己' }] })
      expect(b).toMatchObject({ kicker: '某市环卫夫妇郑某某、李某某25年坚守岗位——', title: '“社区就是家，一定要干净”（讲述·我们都是追梦人）', paragraphs: ['晚上8点，街道上道路整洁有序。'] })
    }
  })

  it('a byline in brackets under a story’s last paragraph names that story’s reporters, not the next item’s', () => {
    const [a, b] = articlesOf(['春节假期渐入佳境', '', '大年初三年味浓，团圆欢聚乐融融。', '（本报记者甲乙、丙丁）', '', '晚上8点，街道上道路整洁有序，红色灯笼高高挂。'])
    expect(a).toMatchObject({ title: '春节假期渐入佳境', authors: [{ name: '甲乙' }, { name: '丙丁' }] })
    expect(b?.authors).toEqual([])
  })

  it('a letter’s signature above the note on its writer closes the letter; the headline after a note opens the next story', () => {
    const letter = ['谱写合作新篇章', '', '两国关系取得长足发展。', '（作者为某国大使）', '', '第四十二封家书', '', '亲爱的孩子们：', '爸爸在这边一切安好，勿念。', '冯某某', '（作者为某使馆一秘）', ...NEXT]
    const [a, b, c, ...rest] = articlesOf(letter)
    expect(rest).toEqual([])
    expect(a?.title).toBe('谱写合作新篇章')
    expect(b).toMatchObject({ title: '第四十二封家书', paragraphs: ['亲爱的孩子们：', '爸爸在这边一切安好，勿念。', '冯某某', '（作者为某使馆一秘）'] })
    expect(c?.title).toBe('城南新建三座口袋公园')
  })

  it('a source with 据 under the headline heads the story as a byline, never a headline part', () => {
    const [story, ...rest] = articlesOf(['商丘菜贩感动石家庄', '', '□据 《某某晚报》', '', '11月12日早上7时40分，菜贩王某某和妻子同往常一样忙碌着。'])
    expect(rest).toEqual([])
    expect(story).toMatchObject({ title: '商丘菜贩感动石家庄', byline: '□据 《某某晚报》', paragraphs: ['11月12日早上7时40分，菜贩王某某和妻子同往常一样忙碌着。'] })
  })

  it('a layout credit closing a story is never continued by a paragraph of the next', () => {
    const page = ['五洲共欢庆', '', '各地民众欢度春节。', '版式设计：郭  某', '', '谱写合作新篇章', '', '两国关系取得长足发展。', '一年来，两国高层往来频繁，合作不断深化。']
    const [a, b] = articlesOf(page)
    expect(a?.paragraphs).toEqual(['各地民众欢度春节。', '版式设计：郭  某'])
    expect(b?.paragraphs).toEqual(['两国关系取得长足发展。', '一年来，两国高层往来频繁，合作不断深化。'])
  })

  it('a credit under a roundup’s reporters in brackets closes that story too', () => {
    const page = ['总书记的关心事', '', '扎实办好民生实事，是长期以来的牵挂。', '（本报记者甲某某、乙某某、丙某某）', '', '本期统筹：杨某某', ...NEXT]
    const [a, b, ...rest] = articlesOf(page)
    expect(rest).toEqual([])
    expect(a?.paragraphs.at(-1)).toBe('本期统筹：杨某某')
    expect(b?.title).toBe('城南新建三座口袋公园')
  })

  it('a note never joins the paragraph above it, dangling or not', () => {
    const [essay] = articlesOf(['文化自信从何而来', '', '文化自信是更基础的自信，是更基本的力量，是更持久的力量', '', '（作者为某大学教授）'])
    expect(essay?.paragraphs).toEqual(['文化自信是更基础的自信，是更基本的力量，是更持久的力量', '（作者为某大学教授）'])
  })

  it('a label ending in a colon after a note is the next story\'s kicker, not prose', () => {
    const [, next] = articlesOf(['文化自信从何而来', '', '文化自信是更深厚的自信。', '', '（作者为某大学教授）', '', '记者手记：', '把论文写在大地上', '', '调研归来，感触良多。'])
    expect(next).toMatchObject({ kicker: '记者手记：', title: '把论文写在大地上', paragraphs: ['调研归来，感触良多。'] })
  })
})
