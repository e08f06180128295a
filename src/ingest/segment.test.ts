import { describe, expect, it } from 'vitest'
import { buildArticle } from './article'
import { toUnits } from './blocks'
import { restitchAcrossArticles } from './restitch'
import { segment } from './segment'
import { normaliseLineEnds } from './decode'

const articlesOf = (text: string) => restitchAcrossArticles(segment(toUnits(text)).map((d) => buildArticle(d)))

describe('segment → articles', () => {
  it('splits a page into masthead, news with byline, photo, teaser and banner', () => {
    const page = [
      '某某日报',
      '',
      '2024年5月6日 星期一 第1版',
      '',
      '全县春耕生产全面展开',
      '',
      '本报讯(记者 张三 通讯员 李四)连日来，全县各地抓住晴好天气，',
      '',
      '组织农户开展春耕。',
      '',
      '目前已完成播种面积十万亩。',
      '',
      '油菜花开',
      '',
      '近日，田野里油菜花盛开。 记者 王五 摄',
      '',
      '小山村里的新医生',
      '',
      '详见今日第三版',
      '',
      '',
      '',
      '绿水青山 就是金山银山',
    ].join('\n')
    const articles = articlesOf(page)
    expect(articles.map((a) => a.kind)).toEqual(['masthead', 'news', 'photo', 'teaser', 'banner'])
    const [, news, photo, teaser] = articles
    expect(news).toMatchObject({ title: '全县春耕生产全面展开', byline: '本报讯(记者 张三 通讯员 李四)' })
    expect(news?.paragraphs).toEqual(['连日来，全县各地抓住晴好天气，组织农户开展春耕。', '目前已完成播种面积十万亩。'])
    expect(photo).toMatchObject({ title: '油菜花开', figures: [{ caption: '近日，田野里油菜花盛开。', credit: '记者 王五 摄' }] })
    expect(teaser).toMatchObject({ title: '小山村里的新医生', refersToPage: 3, refersToText: '详见今日第三版' })
  })

  it('reads a byline split over two lines and a bare 本报讯 dateline', () => {
    const [a] = articlesOf('镇里新建文化礼堂\n\n记者 张三\n通讯员 李四 王五\n\n本报讯 昨天，文化礼堂正式启用。')
    expect(a?.authors).toEqual([
      { name: '张三', role: 'reporter' },
      { name: '李四', role: 'correspondent' },
      { name: '王五', role: 'correspondent' },
    ])
    expect(a?.byline).toBe('记者 张三\n通讯员 李四 王五\n本报讯')
    expect(a?.paragraphs).toEqual(['昨天，文化礼堂正式启用。'])
  })

  it('reads a nameplate set as a Markdown heading as the masthead, not as a story', () => {
    const articles = articlesOf('# 绍兴日报\n\n2024年10月8日 星期二 第1版\n\n## 越城区启动老旧小区改造\n\n本报讯（记者 蒋某）近日，改造工作启动。')
    expect(articles.map((a) => [a.kind, a.title, a.paragraphs])).toEqual([
      ['masthead', '', ['绍兴日报', '2024年10月8日 星期二 第1版']],
      ['news', '越城区启动老旧小区改造', ['近日，改造工作启动。']],
    ])
  })

  it('parts stories at a rule line (---, ***, ———) and keeps the rule as page furniture, never as a headline', () => {
    const articles = articlesOf('# 第一条新闻\n\n第一条新闻的正文。\n\n---\n\n第二条新闻\n\n第二条新闻的正文。\n\n＊＊＊\n\n第三条新闻\n\n正文。')
    expect(articles.map((a) => [a.kind, a.title, a.paragraphs])).toEqual([
      ['news', '第一条新闻', ['第一条新闻的正文。']],
      ['masthead', '', ['---']],
      ['news', '第二条新闻', ['第二条新闻的正文。']],
      ['masthead', '', ['＊＊＊']],
      ['news', '第三条新闻', ['正文。']],
    ])
  })

  it('takes bare names under Markdown headings as the byline', () => {
    const [a] = articlesOf('# 工业稳中有进\n\n## 前三季度产值增长\n\n周某某\n\n今年以来，工业稳步发展。\n\n第二段。')
    expect(a).toMatchObject({ title: '工业稳中有进', subtitle: '前三季度产值增长', authors: [{ name: '周某某', role: 'author' }] })
  })

  it('extracts continuation marks into fields', () => {
    const [a] = articlesOf('大桥建成通车\n\n(上接第1版)大桥全长两公里，\n\n今天正式通车。(下转第4版)')
    expect(a?.continuedFrom).toEqual({ page: 1, text: '(上接第1版)' })
    expect(a?.continuedTo).toEqual({ page: 4, text: '(下转第4版)' })
    expect(a?.paragraphs).toEqual(['大桥全长两公里，今天正式通车。'])
  })

  it('takes prose without a headline that opens with (上接…) for the continued half of a story, not stray text', () => {
    const [a] = articlesOf('(上接A1版)代表委员们认为，报告实事求是。')
    expect(a).toMatchObject({ kind: 'news', title: '', continuedFrom: { page: 1, label: 'A1' }, paragraphs: ['代表委员们认为，报告实事求是。'] })
    const [stray] = articlesOf('代表委员们认为，报告实事求是。')
    expect(stray?.kind).toBe('unclassified')
  })

  it('reads the other wordings of continuation marks: 紧接, 承接, 下接, 转至', () => {
    const [a] = articlesOf('大桥建成通车\n\n（紧接第一版）大桥全长两公里，\n\n今天正式通车。（转至第4版）')
    expect([a?.continuedFrom?.page, a?.continuedTo?.page]).toEqual([1, 4])
    const [b] = articlesOf('大桥建成通车\n\n(承接1版)大桥全长两公里。(下接第四版)')
    expect([b?.continuedFrom?.page, b?.continuedTo?.page]).toEqual([1, 4])
  })

  it('reads continuation marks and teaser pointers that name a lettered page (A2, Ｂ１)', () => {
    const [a] = articlesOf('大桥建成通车\n\n（上接Ａ１版）大桥全长两公里，\n\n今天正式通车。（下转B3版）')
    expect(a?.continuedFrom).toEqual({ page: 1, label: 'A1', text: '（上接Ａ１版）' })
    expect(a?.continuedTo).toEqual({ page: 3, label: 'B3', text: '（下转B3版）' })
    expect(a?.paragraphs).toEqual(['大桥全长两公里，今天正式通车。'])
    const [teaser] = articlesOf('今日导读\n\n小山村里的新医生\n\n详见第A3版')
    expect(teaser).toMatchObject({ kind: 'teaser', refersToPage: 3, refersToLabel: 'A3', refersToText: '详见第A3版' })
  })

  it('reads a quoted line right under the byline as the text’s first line, not as the next story’s headline', () => {
    const [story, ...rest] = articlesOf(['## 某市正在打造首个“人机共治社区”', '', '记者 张某某', '“早上好，要来杯咖啡吗？”', '站在面前的，不是咖啡师，而是一台正熟练操作咖啡机的机器人。', '3月27日上午，某市展示中心正式启用。'].join('\n'))
    expect(rest).toEqual([])
    expect(story).toMatchObject({ title: '某市正在打造首个“人机共治社区”', authors: [{ name: '张某某' }] })
    expect(story?.paragraphs[0]).toMatch(/^“早上好，要来杯咖啡吗？”/)
  })

  it('keeps an untitled photo after a titled package of photos in the package', () => {
    const pkg = articlesOf(
      [
        '留在本地过年也温暖',
        '',
        '  近日，某某区志愿者来到某某社区，向春节期间坚守岗位的环卫工人送上新春的祝福。(张某 摄)',
        '',
        '  近日，某某街道组织留在本地过年的青少年开展创意手工画活动，孩子们以冰雪运动为素材创作了一幅幅作品。',
        '',
        '  (李某 摄)',
        '',
        '  春节期间，某某街道党群服务中心举办冬令营。图为在志愿者的带领下，孩子们写春联、练书法。(王某 摄)',
      ].join('\n'),
    )
    expect(pkg.map((a) => a.kind)).toEqual(['photo'])
    expect(pkg[0]?.authors.map((a) => a.name).sort()).toEqual(['张某', '李某', '王某'].sort())
  })

  it('reads a teaser whose text closes with an arrow to its page (…>>>02), not a banner of two headline lines', () => {
    const [teaser] = articlesOf('某某会议在京召开\n某某主持会议并讲话>>>02')
    expect(teaser).toMatchObject({ kind: 'teaser', title: '某某会议在京召开', paragraphs: ['某某主持会议并讲话'], refersToPage: 2, refersToText: '>>>02' })
    const [under] = articlesOf('某某工程全面开工\n\n全市今年计划投资五百亿元，项目覆盖十个县区。 》》A3版')
    expect(under).toMatchObject({ kind: 'teaser', refersToPage: 3, refersToLabel: 'A3', paragraphs: ['全市今年计划投资五百亿元，项目覆盖十个县区。'] })
    // A story's own text that happens to end in figures is no teaser.
    const [story] = articlesOf('某某工程全面开工\n\n本报讯（记者 张三）全市今年计划投资的项目，编号依次为1→5')
    expect(story?.kind).toBe('news')
  })

  it('reads a narrow hard-wrapped column typed with Latin punctuation, its dateline cut off by the wrap', () => {
    const column = [
      '瓯江两岸夜景提升工程完工',
      '',
      '本报讯(记者 林某某 通讯员 黄某)',
      '昨晚,随着最后一批灯具调试完成,瓯江',
      '两岸夜景提升工程正式完工.市民沿江漫',
      '步,可以欣赏到城市夜景.',
      '',
      '据介绍,该工程总投资约1.2亿元,涉及沿',
      '江建筑200余幢.',
    ].join('\r\n')
    const [a, ...rest] = articlesOf(normaliseLineEnds(column))
    expect(rest).toEqual([])
    expect(a).toMatchObject({ title: '瓯江两岸夜景提升工程完工', byline: '本报讯(记者 林某某 通讯员 黄某)' })
    expect(a?.authors).toEqual([{ name: '林某某', role: 'reporter' }, { name: '黄某', role: 'correspondent' }])
    expect(a?.paragraphs).toEqual(['昨晚,随着最后一批灯具调试完成,瓯江两岸夜景提升工程正式完工.市民沿江漫步,可以欣赏到城市夜景.', '据介绍,该工程总投资约1.2亿元,涉及沿江建筑200余幢.'])
  })

  it('keeps the lines of verse and of lists, and still reflows a narrow column of prose', () => {
    const [poem] = articlesOf('春到南湖\n□ 王小梅\n\n春风吹过南湖，\n湖面泛起涟漪。\n柳枝轻轻摇曳，\n燕子归来呢喃。')
    expect(poem).toMatchObject({ title: '春到南湖', byline: '□ 王小梅', paragraphs: ['春风吹过南湖，\n湖面泛起涟漪。\n柳枝轻轻摇曳，\n燕子归来呢喃。'] })
    const [list] = articlesOf('三项要求\n\n一、加强领导；\n二、落实责任；\n三、强化督查。')
    expect(list?.paragraphs).toEqual(['一、加强领导；\n二、落实责任；\n三、强化督查。'])
    const [prose] = articlesOf('老街\n\n小时候，我最喜欢跟\n着外婆去老街。那时\n的老街，青石板路被\n磨得发亮。')
    expect(prose?.paragraphs).toEqual(['小时候，我最喜欢跟着外婆去老街。那时的老街，青石板路被磨得发亮。'])
  })

  it('takes a byline printed on the headline\'s own line off the headline', () => {
    const [a] = articlesOf('大桥建成通车 本报记者 张三\n\n昨天，大桥正式通车。')
    expect(a).toMatchObject({ title: '大桥建成通车', byline: '本报记者 张三', authors: [{ name: '张三', role: 'reporter' }] })
  })

  it('keeps a headline, its subtitle and its byline apart when they stand in one block', () => {
    const [a] = articlesOf('“菜篮子”工程惠民生\n——我市蔬菜基地建设见闻\n记者 李四 通讯员 王五\n\n走进基地，绿油油的蔬菜长势喜人。')
    expect(a).toMatchObject({ title: '“菜篮子”工程惠民生', subtitle: '——我市蔬菜基地建设见闻', byline: '记者 李四 通讯员 王五' })
  })

  it('keeps two headline lines of one length apart when a byline closes their block', () => {
    const [a] = articlesOf('全省设立乡村振兴村级协理员\n青春逐梦田野间（乡村一线）\n本报记者  张三\n\n麦浪翻滚，小麦陆续开镰。')
    expect(a).toMatchObject({ kicker: '全省设立乡村振兴村级协理员', title: '青春逐梦田野间（乡村一线）', byline: '本报记者  张三' })
  })

  it('reads the byline that closes a brief, in its last paragraph or on a line of its own', () => {
    const articles = articlesOf('市区新增公交线路两条\n\n从下周一起，新开通两条公交线路。（记者 张三）\n\n全市开展消防安全检查\n\n近日，全市开展消防安全大检查。\n\n（通讯员 王五）')
    expect(articles.map((a) => [a.title, a.byline, a.authors.map((x) => x.name), a.paragraphs])).toEqual([
      ['市区新增公交线路两条', '（记者 张三）', ['张三'], ['从下周一起，新开通两条公交线路。']],
      ['全市开展消防安全检查', '（通讯员 王五）', ['王五'], ['近日，全市开展消防安全大检查。']],
    ])
  })

  it('starts a story without a headline at a byline set between two stretches of prose', () => {
    const articles = articlesOf('山乡茶事\n文/王小明 图/赵大勇\n\n清明前后，茶山一片忙碌。\n\n■ 记者 陈某 文/摄\n\n这是另一篇报道的正文。')
    expect(articles.map((a) => [a.title, a.byline, a.paragraphs])).toEqual([
      ['山乡茶事', '文/王小明 图/赵大勇', ['清明前后，茶山一片忙碌。']],
      ['', '■ 记者 陈某 文/摄', ['这是另一篇报道的正文。']],
    ])
  })

  it('keeps a headline with a comma as a headline when the prose under it opens with a dateline', () => {
    const page = '▲游客在安吉县余村参观。 通讯员 钱某某 摄\n\n教师节前夕，我市表彰一批优秀教师\n本报讯（记者 孙某某）昨天，全市庆祝教师节大会召开。'
    expect(articlesOf(page).map((a) => [a.kind, a.title, a.byline])).toEqual([
      ['photo', '', undefined],
      ['news', '教师节前夕，我市表彰一批优秀教师', '本报讯（记者 孙某某）'],
    ])
  })

  it('does not mistake the head of a paragraph cut by a column break for a headline', () => {
    const page = '乡村产业兴旺\n\n本报讯(记者 张三)近日，产业园开园。\n\n桐村的密胺产业在乡贤的抱团发\n\n展带动下日益红火。'
    const articles = articlesOf(page)
    expect(articles).toHaveLength(1)
    expect(articles[0]?.paragraphs).toEqual(['近日，产业园开园。', '桐村的密胺产业在乡贤的抱团发展带动下日益红火。'])
  })

  it('gives a paragraph interleaved into the next story back to the story it continues', () => {
    const page = [
      '第一篇稿件',
      '',
      '本报讯(记者 张三)县里在山区修建了三座桥',
      '',
      '第二篇稿件',
      '',
      '本报讯(记者 李四)今年，全县新增就业岗位五千个。',
      '',
      '梁，方便了村民出行。',
      '',
      '就业形势总体稳定。',
    ].join('\n')
    const [first, second] = articlesOf(page)
    expect(first?.paragraphs).toEqual(['县里在山区修建了三座桥梁，方便了村民出行。'])
    expect(second?.paragraphs).toEqual(['今年，全县新增就业岗位五千个。', '就业形势总体稳定。'])
  })

  it('gives paragraphs interleaved into the next story back to the story they share words with', () => {
    const page = [
      '# 移民新村 幸福生活',
      '',
      '近日，位于山前村的共富工坊里，缝纫机运转不停。',
      '',
      '搬迁群众在家门口就业，山前村共富工坊越办越红火。',
      '',
      '# 美食品牌重塑',
      '',
      '本县是美食之乡，近年来大力推动本地特',
      '',
      '山前村共富工坊共入驻了五家企业，山前村群众实现家门口就业。',
      '',
      '今年以来，山前村共富工坊又新增岗位两百个。',
      '',
      '色餐饮走出去，美食产业越做越大。',
    ].join('\n')
    const [first, second] = articlesOf(page)
    expect(second?.paragraphs).toEqual(['本县是美食之乡，近年来大力推动本地特色餐饮走出去，美食产业越做越大。'])
    expect(first?.paragraphs).toHaveLength(4)
    expect(first?.paragraphs[3]).toBe('今年以来，山前村共富工坊又新增岗位两百个。')
  })

  it('groups captions around a heading into one photo group', () => {
    const page = '▲ 茶农正在炒制茶叶。 张某 摄\n\n## 学技术 提能力\n\n▼ 民警开展比武。 李某 王某 摄'
    const articles = articlesOf(page)
    expect(articles).toHaveLength(1)
    expect(articles[0]).toMatchObject({ kind: 'photo', title: '学技术 提能力' })
    expect(articles[0]?.figures?.map((f) => f.credit)).toEqual(['张某 摄', '李某 王某 摄'])
  })

  it('marks a public-service ad and a commentary by their labels', () => {
    expect(articlesOf('文明健康 绿色环保 公益广告\n\n某某市文明办 宣')[0]?.kind).toBe('ad')
    expect(articlesOf('短评：让数据多跑路\n\n张三\n\n办事更方便了。\n\n这是好事。')[0]?.kind).toBe('commentary')
  })
})

describe('decoration', () => {
  it('a line of bullet marks is page furniture, never a kicker', () => {
    const articles = articlesOf(['•', '', '阿根廷2比0战胜澳大利亚', '', '本报讯 昨晚，阿根廷队以2比0战胜澳大利亚队。'].join('\n'))
    expect(articles.map((a) => [a.kind, a.kicker, a.title])).toEqual([['masthead', undefined, ''], ['news', undefined, '阿根廷2比0战胜澳大利亚']])
  })
})

describe('QR code prompts', () => {
  it('a QR code’s prompt is page furniture, never a story’s headline', () => {
    const articles = articlesOf(['# 某某城市故事', '', '专题报道扫码阅读', '', '从烈焰中的舍生忘死，到生命线上的分秒必争。'].join('\n'))
    expect(articles.filter((a) => a.kind !== 'masthead').map((a) => [a.kicker, a.title])).toEqual([[undefined, '某某城市故事']])
    for (const prompt of ['扫码查看积分商城', '扫一扫二维码', '长按识别二维码 关注我们', '扫码看视频']) {
      const [first] = articlesOf([prompt, '', '某地举行春季运动会', '', '本报讯 昨天，某地举行春季运动会。'].join('\n')).filter((a) => a.kind !== 'masthead')
      expect([first?.kicker, first?.title], prompt).toEqual([undefined, '某地举行春季运动会'])
    }
  })

  it('leaves a headline that only names scanning', () => {
    const [first] = articlesOf(['扫码看病更方便', '', '本报讯 昨天起，市民可扫码挂号。'].join('\n'))
    expect(first?.title).toBe('扫码看病更方便')
  })
})

describe('cut paragraphs', () => {
  it('a headline with 、 right after page furniture opens a story; it is not a paragraph\'s cut head', () => {
    const articles = articlesOf(['上一版  下一版  返回目录', '城东、城西两座公园开放', '公园正式向市民开放，市民纷纷前来散步健身。'].join('\n'))
    expect(articles.filter((a) => a.kind !== 'masthead').map((a) => [a.kind, a.title])).toEqual([['news', '城东、城西两座公园开放']])
  })
})

describe('cut paragraphs: a list of names', () => {
  it('a headline listing names with 、 after a story’s last sentence heads the next story; a line the next one continues is a cut paragraph', () => {
    const story = ['禁止制作冥币', '', '此次公布的案例显示，涉案冥币全部予以销毁。']
    const listed = articlesOf([...story, '', '杀人沟、一群猪、屙屎梁等地拟更名', '近日，四川省内多个县市民政局发布公示。'].join('\n'))
    expect(listed.map((a) => a.title)).toEqual(['禁止制作冥币', '杀人沟、一群猪、屙屎梁等地拟更名'])
    const cut = articlesOf([...story, '', '各地积极推进城乡、区', '域协调发展。'].join('\n'))
    expect(cut.map((a) => a.title)).toEqual(['禁止制作冥币'])
  })
})

describe('cut paragraphs: a column’s tag closes a headline', () => {
  it('a line with a comma closed by a column’s tag ((民生观)) heads the next story; the same line without the tag continues the paragraph', () => {
    const story = ['某村摘帽记', '', '村里的路修好了，游客越来越多，老乡们的日子越过越红火。']
    const next = (title: string) => ['', title, '', '希望每个人都可以对陌生人释放善意，哪怕是一句话。']
    const titled = articlesOf([...story, ...next('陌生人的善，全社会的暖（民生观）')].join('\n'))
    expect(titled.map((a) => a.title)).toEqual(['某村摘帽记', '陌生人的善，全社会的暖（民生观）'])
    expect(articlesOf([...story, ...next('陌生人的善，全社会的暖')].join('\n')).map((a) => a.title)).toEqual(['某村摘帽记'])
  })
})

describe('dialogue', () => {
  it('keeps a short spoken line answering the one above in its story: it is never the next story\'s headline', () => {
    const page = ['夜校里的烹饪课', '', '“来，我们再练一遍，先放什么？”', '', '“葱花！”', '', '“对，葱花放最后……”', '', '在村文化礼堂的厨房里，二十多位村民围着灶台学做菜。']
    const articles = articlesOf(page.join('\n')).filter((a) => a.kind !== 'masthead')
    expect(articles.map((a) => a.title)).toEqual(['夜校里的烹饪课'])
    expect(articles[0]?.paragraphs).toContain('“葱花！”')
  })
})

describe('section breaks', () => {
  it('a row of ellipses or a rule between two stretches of a story\'s prose stays in the story as its own paragraph', () => {
    for (const mark of ['…………', '* * *']) {
      const [a, ...rest] = articlesOf(['城市更新按下快进键', '', '本报讯 今年以来，城市更新全面提速', '', mark, '', '结合群众意见，街道扩大了改造范围。'].join('\n'))
      expect(rest).toEqual([])
      expect(a?.paragraphs).toEqual(['今年以来，城市更新全面提速', mark, '结合群众意见，街道扩大了改造范围。'])
    }
  })

  it('a rule between two stories still parts them', () => {
    const articles = articlesOf(['城南新建公园', '', '公园正式开放。', '', '---', '', '老街改造启动', '', '本报讯 老街改造工程昨日启动。'].join('\n'))
    expect(articles.filter((a) => a.kind !== 'masthead').map((a) => a.title)).toEqual(['城南新建公园', '老街改造启动'])
  })
})

describe('picture news', () => {
  it('a headline, a paragraph and the caption of its picture (图为… 摄) are one photo item', () => {
    const articles = articlesOf(['沙河上运输忙', '', '连日来，我市沙河水上运输呈现一派繁忙景象。', '', '图为船舶有序排队等待过闸。 记者 王五 摄'].join('\n'))
    expect(articles.map((a) => [a.kind, a.title, a.authors.map((x) => x.name)])).toEqual([['photo', '沙河上运输忙', ['王五']]])
  })

  it('a caption of another picture after a story is a photo of its own', () => {
    const articles = articlesOf(['老街改造启动', '', '本报讯（记者 张三）老街改造工程昨日启动。', '', '▲ 游客在古镇参观。 记者 王五 摄'].join('\n'))
    expect(articles.map((a) => a.kind)).toEqual(['news', 'photo'])
  })
})

describe('closing datelines', () => {
  it('a dateline alone on its line after a story closes that story; the next headline stays a headline', () => {
    const page = ['江城新区见闻', '', '新区里，一座座厂房拔地而起。', '', '新华社南宁6月2日电', '', '夜市经济点亮小城', '', '本报讯 夜市开张了。'].join('\n')
    const articles = articlesOf(page)
    expect(articles.map((a) => [a.title, a.paragraphs[a.paragraphs.length - 1]])).toEqual([
      ['江城新区见闻', '新华社南宁6月2日电'],
      ['夜市经济点亮小城', '夜市开张了。'],
    ])
  })

  it('a dateline alone on its line above prose still opens that prose', () => {
    const articles = articlesOf(['夜市经济点亮小城', '', '新华社南宁6月2日电', '', '夜市开张了。'].join('\n'))
    expect(articles.map((a) => [a.title, a.paragraphs.join('|')])).toEqual([['夜市经济点亮小城', '夜市开张了。']])
  })
})

describe('a dateline on a line of its own under the headline', () => {
  it('heads the byline with the reporters below it; it is no headline and names no one', () => {
    const page = ['山区小镇迎来首班高铁', '', '本报杭州10月9日讯', '记者 张三 通讯员 李四', '', '昨日，山区小镇迎来首班高铁，站台上挤满了前来送行的乡亲。']
    const [a, ...rest] = articlesOf(page.join('\n'))
    expect(rest).toEqual([])
    expect(a).toMatchObject({ title: '山区小镇迎来首班高铁', subtitle: undefined, byline: '本报杭州10月9日讯\n记者 张三 通讯员 李四' })
    expect(a?.authors.map((x) => x.name)).toEqual(['张三', '李四'])
  })
})

describe('bylines at a story’s foot', () => {
  it('close the story as its byline, one line to a person, never joined to its prose', () => {
    const page = ['山区小镇迎来首班高铁', '', '本报讯 昨日，山区小镇迎来首班高铁。', '', '乡亲们说，出行更方便了。', '', '某某晚报记者 张三', '', '实习生 李四']
    const [a, ...rest] = articlesOf(page.join('\n'))
    expect(rest).toEqual([])
    expect(a?.paragraphs).toEqual(['昨日，山区小镇迎来首班高铁。', '乡亲们说，出行更方便了。'])
    expect(a?.byline).toBe('本报讯\n某某晚报记者 张三\n实习生 李四')
    expect(a?.authors.map((x) => x.name)).toEqual(['张三', '李四'])
  })
})

describe('a line with a comma stacked under a headline line', () => {
  it('is its 副题, unless a word runs on from it into the prose below', () => {
    const page = ['流感疫苗接种须知', '接种对象为6月龄以上人群，这些情况需注意', '', '入秋以来，本市各接种点陆续开放流感疫苗接种。', '', '专家提醒，接种前应如实告知健康状况。']
    expect(articlesOf(page.join('\n')).map((a) => [a.title, a.subtitle, a.paragraphs.length])).toEqual([['流感疫苗接种须知', '接种对象为6月龄以上人群，这些情况需注意', 2]])
    const cut = ['流感疫苗接种须知', '入秋以来，本市各接种点陆续开放流感疫', '苗接种，市民可就近预约。', '', '专家提醒，接种前应如实告知健康状况。']
    expect(articlesOf(cut.join('\n')).map((a) => [a.title, a.subtitle])).toEqual([['流感疫苗接种须知', undefined]])
  })
})

describe('a kicker set as clauses over its title', () => {
  const prose = [
    '　　近年来，村里发展乡村旅游，游客逐年增多，民宿、农家乐一家接一家开起来，村集体经济收入连续三年翻番。',
    '　　村民们的日子越过越红火，外出务工的年轻人也陆续回到村里创业，村里还办起了电商服务站。',
  ]
  it('is the title’s 引题, also when it asks questions, where it opens the head’s block over prose', () => {
    for (const kicker of ['地处边境北部，面对困难不气馁，搞活旅游促增收', '企业复工复产，哪些问题须关注？哪些行业待帮扶？']) {
      const page = ['某某日报', '', kicker, '北岭村摘帽记（脱贫故事）', ...prose, '', '城东新桥建成通车', ...prose]
      const stories = articlesOf(page.join('\n')).filter((a) => a.kind !== 'masthead')
      expect(stories.map((a) => [a.kicker, a.title, a.paragraphs.length])).toEqual([[kicker, '北岭村摘帽记（脱贫故事）', 2], [undefined, '城东新桥建成通车', 2]])
    }
  })

  it('is prose where it ends a sentence or a paragraph’s block, or runs on into the line below', () => {
    const ended = ['某某日报', '', '地处边境北部，面对困难不气馁，搞活旅游促增收。', '北岭村摘帽记', ...prose]
    expect(articlesOf(ended.join('\n')).some((a) => a.kicker?.includes('搞活旅游'))).toBe(false)
    const closing = ['城东新桥建成通车', '　　新桥全长八百米，连通城东城西。', '　　市民出行更方便，通勤时间缩短，', '北岭村摘帽记', ...prose]
    expect(articlesOf(closing.join('\n')).some((a) => a.kicker?.includes('通勤时间'))).toBe(false)
  })
})

describe('a line under a Markdown heading, over a dateline', () => {
  it('is the heading’s 副题 when it ends no sentence, however long; a sentence there is the text', () => {
    const deck = '经过五年左右时间，职业教育基本完成由政府举办为主向政府统筹管理、社会多元办学的格局转变，由追求规模扩张向提高质量转变'
    const text = '新华社北京2月13日电 近日，国务院印发《国家职业教育改革实施方案》，提出多项改革举措。'
    const [a] = articlesOf(['## 国务院印发职业教育改革方案', deck, '', text, '', '方案明确了下一步的重点任务。'].join('\n'))
    expect([a?.title, a?.subtitle]).toEqual(['国务院印发职业教育改革方案', deck])
    const [b] = articlesOf(['## 国务院印发职业教育改革方案', `${deck}。`, '', text].join('\n'))
    expect(b?.subtitle).toBeUndefined()
    expect(b?.paragraphs[0]).toBe(`${deck}。`)
  })
})

describe('a headline printed twice in a row', () => {
  it('is the story’s title once; the copy is kept as the site’s furniture', () => {
    const page = ['【编辑的话】', '', '  【编辑的话】', '', '  这个城市，最近总是突如其来一阵大雨。', '', '  你拿出手机，发来大雨中的照片。']
    const articles = articlesOf(page.join('\n'))
    const story = articles.filter((a) => a.kind !== 'masthead')
    expect(story.map((a) => [a.kicker, a.title, a.paragraphs.length])).toEqual([[undefined, '【编辑的话】', 2]])
    expect(articles.filter((a) => a.kind === 'masthead').flatMap((a) => a.paragraphs)).toContain('【编辑的话】')
  })
})

describe('lead-in lines', () => {
  it('a clause ending in a dash between two paragraphs leads into the paragraph below; it opens no story', () => {
    const page = ['环线公路要来了', '', '本报记者 张三', '', '一条环线，可以有多长？答案是两万多公里。', '', '环线建成后，将释放新的效应——', '', '“它不仅是大通道，也是旅游通道。”专家说。']
    const articles = articlesOf(page.join('\n'))
    expect(articles.map((a) => a.title)).toEqual(['环线公路要来了'])
    expect(articles[0]?.paragraphs.join('')).toContain('将释放新的效应——')
  })
})

describe('headline-like lines that are not headlines', () => {
  it('a run of questions opening a story is its first paragraph, not a second headline', () => {
    const page = ['年度考古新发现揭晓', '', '本报记者 张三', '', '古城有多大？先民吃什么？城墙何时筑起？……', '', '近日，年度考古新发现揭晓。']
    const articles = articlesOf(page.join('\n'))
    expect(articles.map((a) => [a.title, a.paragraphs[0]])).toEqual([['年度考古新发现揭晓', '古城有多大？先民吃什么？城墙何时筑起？……']])
  })

  it('the agency\'s reporters unnamed (新华社记者) are a byline that names nobody, not a subtitle', () => {
    const [a] = articlesOf(['青春在奉献中闪光', '', '新华社记者', '', '志愿者活跃在城乡各地。'].join('\n'))
    expect(a).toMatchObject({ title: '青春在奉献中闪光', subtitle: undefined, byline: '新华社记者', authors: [] })
  })

  it('any paper\'s reporters or commentator unnamed (某某晚报记者, 某某日报评论员) are a byline that names nobody', () => {
    for (const line of ['东江晚报记者', '南山日报评论员']) {
      const [a] = articlesOf(['青春在奉献中闪光', '', line, '', '志愿者活跃在城乡各地。'].join('\n'))
      expect(a).toMatchObject({ title: '青春在奉献中闪光', subtitle: undefined, byline: line, authors: [] })
    }
  })
})
