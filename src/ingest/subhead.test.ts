import { describe, expect, it } from 'vitest'
import { buildArticle } from './article'
import { toUnits } from './blocks'
import { restitchAcrossArticles } from './restitch'
import { segment } from './segment'
import { hasSubheadShape, isClauseSubhead } from './subhead'

const articlesOf = (text: string) => restitchAcrossArticles(segment(toUnits(text)).map((d) => buildArticle(d))).filter((a) => a.kind !== 'masthead')
const subheadsOf = (a: { paragraphs: string[]; subheads?: number[] }) => (a.subheads ?? []).map((k) => a.paragraphs[k])

describe('hasSubheadShape', () => {
  it.each(['一、坚持守正创新', '二、把握发展主动，推动文化繁荣', '（三）完善基层治理', '1.加快项目建设', '① 聚焦主业', '第一，稳住基本盘', '“从被动到主动”', '【一线直击】', '◆ 让数据多跑路', '问：这次调研的主要收获是什么？', '记者：下一步有什么打算？', '思想引领：“服务人民、奉献祖国，是青年的方向”'])(
    '%s is a subhead',
    (line) => expect(hasSubheadShape(line)).toBe(true),
  )
  it.each(['第四十二封家书', '第三届读书节开幕', '一、要坚持守正创新，', '1.5万人次参与活动', '“我们一定会做好。”他说。', '近年来，各地探索出许多新做法。', '问：', '答：我们走访了十多个村。', '大桥建成通车', '2024年全县经济运行情况', '张三：“我们一定会做好，请放心。”'])(
    '%s is not',
    (line) => expect(hasSubheadShape(line)).toBe(false),
  )
})

const FEATURE = [
  '推动文化繁荣发展的时代课题',
  '',
  '本报记者 陈明',
  '',
  '文化是民族的血脉，是人民的精神家园。新时代以来，文化建设取得历史性成就',
  '',
  '，文化自信明显增强。',
  '',
  '“从被动到主动”',
  '',
  '近年来，各地在文化遗产保护方面探索出许多新做法，推动保护工作转向主动保护。',
  '',
  '一、坚持守正创新',
  '',
  '守正创新是文化发展的内在要求，必须处理好继承与发展的关系。',
  '',
  '问：这次调研的主要收获是什么？',
  '',
  '答：我们走访了十多个村，看到乡村文化振兴正在发生可喜变化。',
  '',
  '城南新建三座口袋公园',
  '',
  '本报讯(记者 张三)近日，城南街道新建的三座口袋公园正式向市民开放。',
].join('\n')

describe('subheads inside a story', () => {
  it('stay in their story as subheads: quoted, numbered and Q&A lines, never opening a story or joined to a paragraph', () => {
    const [feature, parks, ...rest] = articlesOf(FEATURE)
    expect(rest).toEqual([])
    expect(feature?.title).toBe('推动文化繁荣发展的时代课题')
    expect(subheadsOf(feature!)).toEqual(['“从被动到主动”', '一、坚持守正创新', '问：这次调研的主要收获是什么？'])
    expect(feature?.paragraphs).toEqual([
      '文化是民族的血脉，是人民的精神家园。新时代以来，文化建设取得历史性成就，文化自信明显增强。',
      '“从被动到主动”',
      '近年来，各地在文化遗产保护方面探索出许多新做法，推动保护工作转向主动保护。',
      '一、坚持守正创新',
      '守正创新是文化发展的内在要求，必须处理好继承与发展的关系。',
      '问：这次调研的主要收获是什么？',
      '答：我们走访了十多个村，看到乡村文化振兴正在发生可喜变化。',
    ])
    expect(parks?.title).toBe('城南新建三座口袋公园')
  })

  it('are Markdown headings below the story\'s own heading', () => {
    const [a, ...rest] = articlesOf(['# 推动文化繁荣发展', '', '文化是民族的血脉。', '', '### 坚持守正创新', '', '守正创新是内在要求。', '', '# 城南新建口袋公园', '', '公园正式开放。'].join('\n'))
    expect(subheadsOf(a!)).toEqual(['坚持守正创新'])
    expect(rest.map((r) => r.title)).toEqual(['城南新建口袋公园'])
  })

  it('are not a headline above a dateline: a numbered line there opens a story', () => {
    const articles = articlesOf(['城南新建公园', '', '本报讯 公园正式开放，市民纷纷前来。', '', '一、老街改造启动', '', '本报讯 老街改造工程昨日启动。'].join('\n'))
    expect(articles.map((a) => a.title)).toEqual(['城南新建公园', '一、老街改造启动'])
    expect(articles.every((a) => a.subheads === undefined)).toBe(true)
  })

  it('need a story begun above them: a numbered headline under a masthead is a headline', () => {
    const [a] = articlesOf(['一、全县经济运行平稳', '', '今年以来，全县经济运行总体平稳。'].join('\n'))
    expect(a).toMatchObject({ title: '一、全县经济运行平稳', subheads: undefined })
  })
})

describe('plain subheads (no number, no quotes)', () => {
  const story = (subheads: string[]) => [
    '城市更新按下快进键',
    '',
    '本报记者 陈明',
    '',
    '今年以来，我市城市更新工作全面提速，一批老旧小区旧貌换新颜。',
    ...subheads.flatMap((h, k) => ['', h, '', `第${k + 1}段正文，说的是城市更新的一个方面。`]),
  ]

  it('stay in a story that names its reporter when it has two or more', () => {
    const [a, ...rest] = articlesOf(story(['老旧小区焕新颜', '背街小巷变通途']).join('\n'))
    expect(rest).toEqual([])
    expect(subheadsOf(a!)).toEqual(['老旧小区焕新颜', '背街小巷变通途'])
  })

  it('stay in a story whose author is a line of bare names under its headline', () => {
    const byName = ['城市更新按下快进键', '', '陈明', '', '今年以来，我市城市更新工作全面提速。', '', '老旧小区焕新颜', '', '第一段正文。', '', '背街小巷变通途', '', '第二段正文。']
    const [a, ...rest] = articlesOf(byName.join('\n'))
    expect(rest).toEqual([])
    expect(a?.authors.map((x) => x.name)).toEqual(['陈明'])
    expect(subheadsOf(a!)).toEqual(['老旧小区焕新颜', '背街小巷变通途'])
  })

  it('stay in a story whose byline has the site\'s furniture line under it', () => {
    const page = ['城市更新按下快进键', '本报记者 陈明', '《某某日报》（2026年05月06日 第 05 版）', '今年以来，城市更新全面提速。', '老旧小区焕新颜', '第一段正文。', '背街小巷变通途', '第二段正文。']
    const [a, ...rest] = articlesOf(page.join('\n'))
    expect(rest).toEqual([])
    expect(subheadsOf(a!)).toEqual(['老旧小区焕新颜', '背街小巷变通途'])
  })

  it('stay in a story with no byline when they carry the paragraphs’ indent and its headline does not', () => {
    const page = [
      '某县推进乡村振兴',
      '　　今年以来，某县把乡村振兴作为全县工作的重中之重，各项工作取得明显成效。',
      '　　产业兴旺底气足',
      '　　全县新建特色产业基地十二个，带动农户增收致富。',
      '',
      '城东新桥建成通车',
      '　　城东新桥昨日建成通车，两岸居民出行更加便捷。',
    ]
    const [a, b, ...rest] = articlesOf(page.join('\n'))
    expect(rest).toEqual([])
    expect(subheadsOf(a!)).toEqual(['产业兴旺底气足'])
    expect(b?.title).toBe('城东新桥建成通车')
    // Without the indent, a lone headline-like line in a story with no byline opens the next story.
    const flat = articlesOf(page.map((l) => l.trim()).join('\n'))
    expect(flat.map((x) => x.title)).toEqual(['某县推进乡村振兴', '产业兴旺底气足', '城东新桥建成通车'])
  })

  it('may be a lead-in and the subhead it introduces, both set with the paragraphs’ indent', () => {
    const page = [
      '某村摘帽记',
      '　　五年前，某村还是远近闻名的贫困村，村里的年轻人大多外出打工。',
      '　　新生——',
      '　　“想干事、要干事的观念已经深入人心”',
      '　　去年，某村入选乡村旅游重点村，家庭旅馆开了七十多家。',
    ]
    const [a, ...rest] = articlesOf(page.join('\n'))
    expect(rest).toEqual([])
    expect(subheadsOf(a!)).toEqual(['新生——', '“想干事、要干事的观念已经深入人心”'])
  })

  it('may each have a lead-in line under them (某某强调——), which goes with them', () => {
    const page = [
      '## 始终做人民信赖的队伍', '', '记者采访了部分代表。', '',
      '听党指挥 闻令而动', '', '主席强调——', '', '队伍听党指挥、闻令而动。', '',
      '练兵备战 履行使命', '', '主席强调——', '', '要坚持底线思维，全面加强练兵备战。',
    ]
    const [a, ...rest] = articlesOf(page.join('\n'))
    expect(rest).toEqual([])
    expect(subheadsOf(a!)).toEqual(['听党指挥 闻令而动', '主席强调——', '练兵备战 履行使命', '主席强调——'])
    // One subhead and its lead-in are not enough to trust a plain line as a subhead.
    const one = articlesOf(page.slice(0, 10).join('\n'))
    expect(one.map((x) => x.title)).toEqual(['始终做人民信赖的队伍', '听党指挥 闻令而动'])
  })

  it('may be a label and a phrase, longer than a headline-like phrase', () => {
    const [a, ...rest] = articlesOf(story(['城东老旧小区改造：三百多户居民终于告别了年年漏水的屋顶', '城西背街小巷整治：二十多条坑洼小巷全部铺上了平整的石板路']).join('\n'))
    expect(rest).toEqual([])
    expect(a?.subheads?.length).toBe(2)
  })

  it('are never a column of bulleted briefs\' headlines', () => {
    const briefs = ['• 城南新建口袋公园', '', '本报讯 公园正式开放。', '', '• 老街改造工程启动', '', '工程昨日启动。', '', '• 夜校开进文化礼堂', '', '首期夜校开课。']
    expect(articlesOf(briefs.join('\n')).map((a) => a.title)).toEqual(['• 城南新建口袋公园', '• 老街改造工程启动', '• 夜校开进文化礼堂'])
  })

  it('may be two short clauses split by a comma, which no sentence ends', () => {
    const [a, ...rest] = articlesOf(story(['老旧小区，旧貌换新颜', '背街小巷，处处显整洁']).join('\n'))
    expect(rest).toEqual([])
    expect(subheadsOf(a!)).toEqual(['老旧小区，旧貌换新颜', '背街小巷，处处显整洁'])
  })

  it('count only when the story has several: one may be a paragraph cut at a line break', () => {
    const page = [
      '社保卡故事征集活动启动', '', '本报讯 (记者 陈明)近日，我区开展社保卡故事征集活动。', '',
      '活动开展以来，全区通过进村入户、大型', '', '活动等形式，不断扩大宣传覆盖面。', '',
      '城区开展防汛应急演练', '', '演练模拟了河水暴涨的险情。', '', '各部门协同处置，成效明显。',
    ]
    expect(articlesOf(page.join('\n')).map((a) => a.title)).toEqual(['社保卡故事征集活动启动', '城区开展防汛应急演练'])
  })

  it('are never a paragraph of prose, nor a clause cut at a comma', () => {
    expect(isClauseSubhead('奔跑者，风雨兼程')).toBe(true)
    expect(isClauseSubhead('对此，他表示赞同。')).toBe(false)
    expect(isClauseSubhead('记者了解到，')).toBe(false)
    expect(isClauseSubhead('今年以来，全市新建改建城市道路一百余条，完成投资二十多亿元')).toBe(false)
  })

  it('a lone one is taken for the next story\'s headline', () => {
    expect(articlesOf(story(['老旧小区焕新颜']).join('\n')).map((a) => a.title)).toEqual(['城市更新按下快进键', '老旧小区焕新颜'])
  })

  it('stay in a story with no byline whose closing note says where it comes from', () => {
    const page = [
      '城市更新按下快进键', '', '今年以来，我市城市更新工作全面提速，一批老旧小区旧貌换新颜。',
      '老旧小区焕新颜', '第一段正文，说的是城市更新的一个方面。', '背街小巷变通途', '第二段正文，说的是城市更新的另一个方面。',
      '（新华社某地5月6日电）',
    ]
    const [a, ...rest] = articlesOf(page.join('\n'))
    expect(rest).toEqual([])
    expect(subheadsOf(a!)).toEqual(['老旧小区焕新颜', '背街小巷变通途'])
  })

  it('stay in a story whose headline is a Markdown heading, byline or not', () => {
    const page = ['## 城市更新按下快进键', '', '今年以来，我市城市更新工作全面提速。', '', '老旧小区焕新颜', '', '第一段正文。', '', '背街小巷变通途', '', '第二段正文。', '', '## 夜校开进文化礼堂', '', '首期夜校吸引了六十多位村民。']
    const [a, ...rest] = articlesOf(page.join('\n'))
    expect(subheadsOf(a!)).toEqual(['老旧小区焕新颜', '背街小巷变通途'])
    expect(rest.map((x) => x.title)).toEqual(['夜校开进文化礼堂'])
  })

  it('never run on past a blank line where the story\'s paragraphs have none between them', () => {
    const page = [
      '城市更新按下快进键', '本报记者 陈明', '今年以来，我市城市更新工作全面提速。', '老旧小区焕新颜', '第一段正文。', '背街小巷变通途', '第二段正文。',
      '', '夜校开进文化礼堂', '首期夜校吸引了六十多位村民。', '', '城南新建口袋公园', '公园正式开放，市民纷纷前来。',
    ]
    const [a, ...rest] = articlesOf(page.join('\n'))
    expect(subheadsOf(a!)).toEqual(['老旧小区焕新颜', '背街小巷变通途'])
    expect(rest.map((x) => x.title)).toEqual(['夜校开进文化礼堂', '城南新建口袋公园'])
  })

  it('are never made of the headlines of briefs that name no reporter', () => {
    const briefs = ['城南新建口袋公园', '', '公园正式开放，市民纷纷前来。', '', '老街改造工程启动', '', '老街改造工程昨日启动。', '', '夜校开进文化礼堂', '', '首期夜校吸引了六十多位村民。']
    expect(articlesOf(briefs.join('\n')).map((a) => a.title)).toEqual(['城南新建口袋公园', '老街改造工程启动', '夜校开进文化礼堂'])
  })
})

/** Prose paragraphs set one to a line with no blank line between them, of lengths all over the place. */
const BLOCK_PROSE = [
  '荣誉和物质，哪个更有吸引力？这一竞赛已经坚持了将近30年，村里人逐渐把争荣誉当成了一件大事。',
  '村里每年评选一次，评上的人家门口挂上牌子。',
  '“这块牌子比钱还金贵。”一位老人说，他家已经连续八年评上了。',
  '评选由村民代表投票，结果张榜公布，接受全村监督，谁家有意见都可以提。',
  '如今，竞赛的内容从孝老爱亲扩展到环境卫生、邻里和睦。',
]

describe('plain subheads on pages that set each story as one block', () => {
  // Paragraphs follow each other with no blank line; blank lines stand only around each story's head.
  const BLOCKS = [
    '某村移民新貌',
    '',
    '八年前，一百多户牧民从草原搬进新村。',
    '他们告别了放牧的日子，也告别了缺医少药的苦。',
    '告别故土的抉择',
    '搬不搬？牧民们犹豫过很久。',
    '村里的老师第一个站出来说：搬！',
    '如今，村子已扩大到两百多户。',
    '生活方式的改变',
    '“以前靠天吃饭，现在要换个活法”',
    '下了山，干什么？村里组织了驾驶培训。',
    '有人开起了超市，有人做起了餐饮。',
    '合作社的收入翻了几番。',
    '',
    '城东新桥建成通车',
    '',
    '城东新桥昨日建成通车，市民出行更加方便。',
    '新桥全长八百米，双向六车道，两侧设有人行道和非机动车道，桥下预留了滨江绿道的通道。',
    '大桥由市城投集团投资建设，工期两年。',
    '通车当天，不少市民前来走一走、看一看，有人专程带着孩子来拍照留念，说这座桥让回家的路近了一大半。',
  ]

  it('a headline-like line inside a story’s block is its subhead, with the line under it when that reads as a headline too', () => {
    const [a, b, ...rest] = articlesOf(BLOCKS.join('\n'))
    expect(rest).toEqual([])
    expect(a?.title).toBe('某村移民新貌')
    expect(subheadsOf(a!)).toEqual(['告别故土的抉择', '生活方式的改变', '“以前靠天吃饭，现在要换个活法”'])
    expect(a?.paragraphs.at(-1)).toBe('合作社的收入翻了几番。')
    expect(b?.title).toBe('城东新桥建成通车')
  })

  it('a question set above a headline at the top of a block is no story’s prose: the headline under it heads its story', () => {
    const page = ['中小企业复工复产，哪些问题须关注？', '畅通政策传导 落实优惠举措', '各地复工复产加快。', '政策落实成为关键。', '', ...BLOCKS]
    const story = articlesOf(page.join('\n')).find((a) => a.paragraphs.includes('各地复工复产加快。'))
    expect(story?.title).toBe('畅通政策传导 落实优惠举措')
  })

  it('on a page that parts its paragraphs with blank lines, the same line with no byline above opens the next story', () => {
    const spaced = BLOCKS.flatMap((l) => (l ? [l, ''] : []))
    expect(articlesOf(spaced.join('\n')).map((a) => a.title)).toContain('告别故土的抉择')
  })
})

describe('plain subheads under Markdown headings', () => {
  it('where the page heads its stories with headings, one or two plain lines between a story’s paragraphs are its subheads', () => {
    const page = [
      '## 回家的人顺心 坚守的人安心', '', '春节将至，各地的暖心事不少。', '',
      '一张车票', '', '“这回家路真舒坦”', '', '车窗外的风景向身后飞奔，家越来越近了。', '',
      '一碗饺子', '', '工地食堂热闹极了，大伙肩并肩挨着坐。', '',
      '## 城东新桥建成通车', '', '城东新桥昨日建成通车。',
    ]
    const [a, b, ...rest] = articlesOf(page.join('\n'))
    expect(rest).toEqual([])
    expect(subheadsOf(a!)).toEqual(['一张车票', '“这回家路真舒坦”', '一碗饺子'])
    expect(b?.title).toBe('城东新桥建成通车')
  })
})

describe('a label opening a story’s text (核心阅读, 开栏的话)', () => {
  it('is the text’s first line, not a 副题, when indented with the paragraphs under a headline that is not', () => {
    const page = ['某地老乡为啥爱争这个奖', '　　核心阅读', '　　荣誉和物质，哪个更有吸引力？这一竞赛已经坚持了将近30年。', '　　村里人逐渐把争荣誉当成了一件大事。']
    const [a, ...rest] = articlesOf(page.join('\n'))
    expect(rest).toEqual([])
    expect(a).toMatchObject({ title: '某地老乡为啥爱争这个奖', subtitle: undefined })
    expect(subheadsOf(a!)).toEqual(['核心阅读'])
    // Set as the headline is, it is part of the headline.
    const [b] = articlesOf(['某地老乡为啥爱争这个奖', '村民踊跃参评', '　　荣誉和物质，哪个更有吸引力？', '　　村里人逐渐把争荣誉当成了一件大事。'].join('\n'))
    expect([b?.kicker, b?.title, b?.subtitle]).toContain('村民踊跃参评')
    expect(subheadsOf(b!)).toEqual([])
  })

  it('is the text’s first line where every story is a block and it opens the block of prose under the head', () => {
    const page = ['某地老乡为啥爱争这个奖', '', '核心阅读', ...BLOCK_PROSE, '', '城东新桥建成通车', '', ...BLOCK_PROSE]
    const [a, b, ...rest] = articlesOf(page.join('\n'))
    expect(rest).toEqual([])
    expect(a).toMatchObject({ title: '某地老乡为啥爱争这个奖', subtitle: undefined })
    expect(subheadsOf(a!)).toEqual(['核心阅读'])
    expect(b?.title).toBe('城东新桥建成通车')
  })

  it('is the text’s first line under a kicker and title set in one block with the prose, when it is a label papers print only there', () => {
    const page = ['听书、看展、上公开课……', '居家时光，这样充电', '核心阅读', ...BLOCK_PROSE, '', '城东新桥建成通车', ...BLOCK_PROSE]
    const [a, b, ...rest] = articlesOf(page.join('\n'))
    expect(rest).toEqual([])
    expect(a).toMatchObject({ kicker: '听书、看展、上公开课……', title: '居家时光，这样充电', subtitle: undefined })
    expect(subheadsOf(a!)).toEqual(['核心阅读'])
    expect(b?.title).toBe('城东新桥建成通车')
    // Another short line in the same place is the headline's 副题.
    const [c] = articlesOf(['听书、看展、上公开课……', '居家时光，这样充电', '文化生活不打烊', ...BLOCK_PROSE].join('\n'))
    expect(c?.subtitle).toBe('文化生活不打烊')
  })
})
