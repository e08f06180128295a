import { describe, expect, it } from 'vitest'
import { isOpinionTag, type KindedStory, settlePageKinds, storyKind, untitledKind } from './kind'
import { ingestPage } from './page'

const kind = (title: string, opts: { kicker?: string; bylines?: string[]; opening?: string } = {}) =>
  storyKind({ headline: { title, kicker: opts.kicker }, bylines: opts.bylines ?? [], opening: opts.opening ?? '近日，某地开展了一项活动。' })

describe('column tags', () => {
  it('names opinion when the column names an opinion genre at its end', () => {
    for (const tag of ['百姓观', '科技谈', '球谈', '人民观点', '网事热评', '国际论坛', '大使随笔', '时事纵横', '评论员观察', '编辑手记']) expect(isOpinionTag(tag)).toBe(true)
  })

  it('names a feature when the column opens with a word of reporting, or names no genre', () => {
    for (const tag of ['深度观察·新能源里的新动能', '解码·乡村振兴', '调查观察', '国际视点', '图说', '走近自然', '经济聚焦', '有问有答', '美丽中国·青春担当12']) expect(isOpinionTag(tag)).toBe(false)
  })

  it('reads the tag closing a title, a short kicker, and words no report uses of itself', () => {
    expect(kind('花开满城（百姓观）')).toBe('commentary')
    expect(kind('花开满城(科技谈)')).toBe('commentary')
    expect(kind('新能源产业前景可期（深度观察·新能源里的新动能）')).toBe('news')
    expect(kind('让城市更有温度', { kicker: '今日谈' })).toBe('commentary')
    expect(kind('微评论')).toBe('commentary')
  })

  it('reads a letter to the readers and an editor’s note (致读者, 小编的话, 开栏的话) as the paper’s own voice', () => {
    expect(kind('沿着来时的路', { kicker: '2018致读者' })).toBe('commentary')
    expect(kind('【小编的话】')).toBe('commentary')
    expect(kind('读懂乡村的新变化', { kicker: '开栏的话' })).toBe('commentary')
    expect(kind('小区装上了新电梯', { kicker: '居民说的话' })).toBe('news')
  })

  it('does not take a forum held or furniture above the headline for opinion', () => {
    expect(kind('第三届产业合作论坛在京举行')).toBe('news')
    expect(kind('法庭上他被揪出来', { kicker: '2006年8月31日 收藏 打印 推荐 评论 更多功能' })).toBe('news')
  })

  it('takes a story opening with a dateline for a report, whatever its column', () => {
    expect(kind('花开满城（百姓观）', { opening: '本报讯（记者 张三）近日，某地开展了一项活动。' })).toBe('news')
    expect(kind('论坛开幕（时事纵横）', { bylines: ['本报北京5月3日电  （记者李四）'] })).toBe('news')
  })

  it('reads a pen name closing the title, with no byline, as the paper’s signed commentary', () => {
    expect(kind('合作共赢才是人间正道（钟鸣）')).toBe('commentary')
    expect(kind('奋力书写新的篇章(任远平)')).toBe('commentary')
    // A tag that is no name, or a story with its reporters' byline, stays a report.
    expect(kind('新桥通车（链接）')).toBe('news')
    expect(kind('两地记者同场报道（连线）', { bylines: ['本报记者 张三 李四'] })).toBe('news')
  })

  it('reads notices and the paper\'s commentator', () => {
    expect(kind('招聘启事')).toBe('ad')
    expect(kind('某某建设有限公司招标公告（第2号）')).toBe('ad')
    expect(kind('遗失声明')).toBe('ad')
    expect(kind('坚定信心', { bylines: ['本报评论员'] })).toBe('commentary')
  })

  it('takes a notice\'s word inside a headline for a name or a subject, not for a notice', () => {
    expect(kind('〔作者系某某招标有限公司党委书记〕')).toBe('news')
    expect(kind('某市公布公告送达新办法 群众少跑腿')).toBe('news')
    expect(kind('招聘会上岗位多')).toBe('news')
    // A report with its dateline is news, whatever word closes its title.
    expect(kind('某某平台不得插入商业广告', { bylines: ['新华社北京4月27日电（记者张三）'] })).toBe('news')
    expect(kind('某某平台不得插入商业广告', { opening: '本报讯（记者 张三）昨天，某某部门发布新规。' })).toBe('news')
    expect(kind('某某平台不得插入商业广告')).toBe('ad')
  })
})

describe('text with no headline', () => {
  const prose = '某县举办农民丰收节，来自各乡镇的农户带来了自家种植的稻谷、玉米和蔬菜。现场人头攒动，热闹非凡。'

  it('is a story whose headline was lost when it opens with a dateline, however short', () => {
    expect(untitledKind(['本报讯 11月25日，县领导到县融媒体中心调研。'])).toBe('news')
    expect(untitledKind(['某某报讯(记者 张三) 10月10日，某市代表团再添一枚金牌。'])).toBe('news')
  })

  it('is a story when it runs on in sentences longer than a caption', () => {
    expect(untitledKind([prose, prose, prose, prose, prose, prose])).toBe('news')
  })

  it('stays unclassified when it is a caption\'s length, a row of titles or a site\'s notice', () => {
    expect(untitledKind([prose])).toBe('unclassified')
    expect(untitledKind(['口腔里的小毛病也会酿成大问题 绿地公园景区如何真正无障碍 三万人今起走进市民艺术夜校 '.repeat(4)])).toBe('unclassified')
    expect(untitledKind(['所有内容为某某报社版权所有，未经许可，不得转载或镜像'])).toBe('unclassified')
  })

  it('reads such a story as news in a whole page', () => {
    const page = ['本报讯 11月25日，县领导到县融媒体中心调研媒体融合工作。', '去年3月，县融媒体中心正式挂牌成立。', '', '城南新建三座口袋公园', '', '本报讯 公园正式开放。']
    const articles = ingestPage('page.txt', new TextEncoder().encode(page.join('\n'))).page?.articles ?? []
    expect(articles.map((a) => [a.kind, a.title])).toEqual([['news', ''], ['news', '城南新建三座口袋公园']])
  })
})

const story = (over: Partial<KindedStory>): KindedStory => ({ kind: 'news', authors: [{ name: '张三', role: 'author' }], paragraphs: ['正文。'], ...over })
const expertNote = ['正文。', '（作者系某大学经济学院教授）']

describe('page kinds', () => {
  it('makes an opinion page\'s stories commentary, but not its reports', () => {
    const stories = [story({}), story({ authors: [{ name: '李四', role: 'reporter' }] }), story({ kind: 'photo' })]
    settlePageKinds(stories, '评论')
    expect(stories.map((s) => s.kind)).toEqual(['commentary', 'news', 'photo'])
    const weekly = [story({}), story({ authors: [{ name: '李四', role: 'reporter' }] })]
    settlePageKinds(weekly, '思想周刊·学习')
    expect(weekly.map((s) => s.kind)).toEqual(['commentary', 'news'])
  })

  it('reads a page of signed essays with an expert\'s note as a theory page', () => {
    const stories = [story({ paragraphs: expertNote }), story({ authors: [{ name: '王五', role: 'author' }] }), story({ authors: [] })]
    settlePageKinds(stories, '市场经济')
    expect(stories.map((s) => s.kind)).toEqual(['commentary', 'commentary', 'commentary'])
  })

  it('leaves signed pieces as they are without an expert\'s note, beside a report, or on a page of reports or history', () => {
    const sketches = [story({}), story({})]
    settlePageKinds(sketches, '走笔')
    const withReport = [story({ paragraphs: expertNote }), story({}), story({ byline: '本报讯', authors: [] })]
    settlePageKinds(withReport, '市场经济')
    const history = [story({ paragraphs: expertNote }), story({})]
    settlePageKinds(history, '文史参阅')
    expect([...sketches, ...withReport, ...history].map((s) => s.kind)).toEqual(Array(7).fill('news'))
  })

  it('leaves on an opinion page a first-person account that a reporter wrote down as told', () => {
    const told = story({ paragraphs: ['我是一名机长。', '（作者为某航空公司机长，本报记者李四采访整理）'] })
    const stories = [told, story({})]
    settlePageKinds(stories, '评论')
    expect(stories.map((s) => s.kind)).toEqual(['news', 'commentary'])
  })

  it('reads a theory page from a whole e-paper page', () => {
    const page = ['某某时报 电子版', '2024年06月03日 星期一', '第02版：市场经济', '', '处理好发展和安全的关系', '张三', '', '　　发展和安全是一体之两翼。我们要统筹好两件大事。', '　　（作者系某大学经济学院教授）', '', '进一步扩大有效投资', '李四', '', '　　投资是拉动增长的重要力量。要优化投资结构。'].join('\n')
    const articles = ingestPage('page.txt', new TextEncoder().encode(page)).page?.articles.filter((a) => a.kind !== 'masthead') ?? []
    expect(articles.map((a) => [a.title, a.kind])).toEqual([['处理好发展和安全的关系', 'commentary'], ['进一步扩大有效投资', 'commentary']])
  })
})
