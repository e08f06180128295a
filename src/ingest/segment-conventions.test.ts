// Printers' conventions that decide where a story begins and ends and which line is its headline, on pages made up in
// the style of real ones.
import { describe, expect, it } from 'vitest'
import { buildArticle } from './article'
import { toUnits } from './blocks'
import { restitchAcrossArticles } from './restitch'
import { segment } from './segment'

const articlesOf = (text: string) => restitchAcrossArticles(segment(toUnits(text)).map((d) => buildArticle(d))).filter((a) => a.kind !== 'masthead')

describe('Markdown headings', () => {
  it('reads a lower heading right above a higher one as its kicker, and two headings of one level as two stories', () => {
    const page = [
      '## 某某运动会在某市开幕',
      '',
      '# “这一刻我等了很久”',
      '',
      '本报记者  张三',
      '',
      '运动员们早早来到赛场。',
      '',
      '# 某某宣传月启动',
      '',
      '# 某某展览开幕',
      '',
      '本报讯 展览昨日开幕。',
    ].join('\n')
    expect(articlesOf(page).map((a) => [a.kicker, a.title])).toEqual([
      ['某某运动会在某市开幕', '“这一刻我等了很久”'],
      [undefined, '某某宣传月启动'],
      [undefined, '某某展览开幕'],
    ])
  })
})

describe('a deck between the headline and the byline', () => {
  it('keeps a short line under the headline with its story when the byline follows it', () => {
    const [a, ...rest] = articlesOf('街头花开 莫要采摘\n花好莫要采。\n□全媒体记者 张三 文/图\n本报讯 时下正是花开时节。走在街上，花香扑鼻。')
    expect(rest).toEqual([])
    expect(a).toMatchObject({ title: '街头花开 莫要采摘', authors: [{ name: '张三' }] })
    expect(a?.paragraphs[0]).toBe('花好莫要采。')
  })

  it('reads a deck ending in a dash as the kicker the copy set below its title', () => {
    const page = '暗访某某场所消防安全（某某视线）\n\n设施较为完备，但有的无法正常运行——\n\n本报记者  张三\n\n近日，记者走访了多家场所。'
    expect(articlesOf(page).map((a) => [a.kicker, a.title, a.authors.map((x) => x.name)])).toEqual([
      ['设施较为完备，但有的无法正常运行——', '暗访某某场所消防安全（某某视线）', ['张三']],
    ])
  })

  it('still opens a story at a byline under a paragraph of prose', () => {
    const page = '某某路段今起封闭施工\n\n本报讯 因管网改造，某某路段今起封闭施工。\n\n■ 记者 李四 文/摄\n\n昨日，某某公园的荷花开了，吸引了不少市民前来观赏。'
    expect(articlesOf(page)).toHaveLength(2)
  })
})

describe('an interview', () => {
  const page = [
    '从某某奖看创作新趋势——',
    '',
    '文学创作不再是作家独有的领域（人文对话）',
    '',
    '本报记者  张  三',
    '',
    '日前，第九届某某奖揭晓。获奖名单是如何产生的？',
    '',
    '主持人：',
    '',
    '本报记者  张  三',
    '',
    '对话嘉宾：',
    '',
    '某某奖评委、某省作家协会主席  李  四',
    '',
    '某某奖评委、某师范大学教授  王小明',
    '',
    '评奖机制革新，确保公平公正',
    '',
    '记者：本届评奖在机制上有什么新变化？',
    '',
    '李四：我认为，本届评选更加公开透明。',
    '',
    '一场大众均可参与的文学巡礼',
    '',
    '王小明：网络文学作品也进入了评委的视野。',
    '',
    '大地的恩赐（人文茶座）',
    '',
    '赵  六',
    '',
    '我在草原上行走了很多年。',
  ].join('\n')

  it('keeps its roster and its topic lines inside the one story, the topics as subheads', () => {
    const articles = articlesOf(page)
    expect(articles.map((a) => a.title)).toEqual(['文学创作不再是作家独有的领域（人文对话）', '大地的恩赐（人文茶座）'])
    const [talk] = articles
    expect(talk?.authors.map((a) => a.name)).toEqual(['张三'])
    expect(talk?.paragraphs).toContain('对话嘉宾：')
    expect((talk?.subheads ?? []).map((k) => talk?.paragraphs[k])).toEqual(['评奖机制革新，确保公平公正', '记者：本届评奖在机制上有什么新变化？', '一场大众均可参与的文学巡礼'])
  })

  it('leaves a headline over a byline to the next story', () => {
    expect(articlesOf(page).at(-1)?.authors.map((a) => a.name)).toEqual(['赵六'])
  })
})

describe('a sidebar', () => {
  it('joins the story above it: its label and headline become subheads, its report the story’s last paragraphs', () => {
    const page = [
      '某市推动政务服务升级',
      '',
      '本报记者  张三',
      '',
      '近日，某市推出一批便民举措。群众办事更方便了。',
      '',
      '延伸阅读',
      '',
      '某市统一政策发布平台上线',
      '',
      '本报某市7月5日电  （记者李四）某市统一政策发布平台正式上线试运行。',
    ].join('\n')
    const articles = articlesOf(page)
    expect(articles).toHaveLength(1)
    const [a] = articles
    expect((a?.subheads ?? []).map((k) => a?.paragraphs[k])).toEqual(['延伸阅读', '某市统一政策发布平台上线'])
    expect(a?.paragraphs.at(-1)).toContain('平台正式上线试运行。')
  })

  it('joins a story headed by a headline tagged as a sidebar ((链接)) to the story above, as its last part', () => {
    const page = [
      '居家时光，这样充电',
      '',
      '近日，某市推出一批线上文化服务。群众在家也能看展览、听讲座。',
      '',
      '某部门推出在线公共文化服务（链接）',
      '',
      '本报某市2月3日电  （记者李四）某部门推出在线公共文化服务，汇聚四项热点线上资源。',
      '',
      '城东新桥建成通车',
      '',
      '本报讯 城东新桥昨日建成通车。',
    ].join('\n')
    const [a, b, ...rest] = articlesOf(page)
    expect(rest).toEqual([])
    expect((a?.subheads ?? []).map((k) => a?.paragraphs[k])).toEqual(['某部门推出在线公共文化服务（链接）'])
    expect(a?.paragraphs.at(-1)).toContain('汇聚四项热点线上资源。')
    expect(b?.title).toBe('城东新桥建成通车')
  })

  it('leaves a label with no story above it as it is', () => {
    expect(articlesOf('相关链接\n\n某某平台上线\n\n本报讯 某某平台正式上线。')).toHaveLength(1)
  })
})

describe('an e-paper essay signed by a desk', () => {
  it('reads the desk as the byline and the numbered first part, under the site’s line, as the story’s start', () => {
    const page = [
      '某某日报 电子版',
      '2024年08月14日 星期三',
      '05版：评论',
      '',
      '从思想指引到法治护航（某某观点）',
      '——绿色发展何以行稳致远',
      '本报评论部',
      '《某某日报》（2024年08月14日 第 05 版）',
      '　　（一）',
      '　　生态文明建设，关系永续发展。',
      '　　（二）',
      '　　绿水青山就是金山银山。',
    ].join('\n')
    const [a, ...rest] = articlesOf(page)
    expect(rest).toEqual([])
    expect(a).toMatchObject({ title: '从思想指引到法治护航（某某观点）', subtitle: '——绿色发展何以行稳致远', byline: '本报评论部' })
    expect(a?.paragraphs.join('')).toMatch(/^（一）\s*生态文明建设[\s\S]*（二）\s*绿水青山/)
  })
})
