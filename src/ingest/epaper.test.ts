import { describe, expect, it } from 'vitest'
import { buildArticle } from './article'
import { toUnits, withoutMarkup } from './blocks'
import { readFurniture, readPrinted, standsApart } from './epaper'
import { ingestPage, pageSourceTexts } from './page'
import { segment } from './segment'
import { missingCharacters } from './text'

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

  it('reads the page label and date printed among navigation words (a breadcrumb)', () => {
    expect(readFurniture('第03版：要闻  上一版  下一版')).toEqual({ kind: 'navigation', fields: { pageNumber: 3, pageName: '要闻' } })
    expect(readFurniture('首页 > 2024-06-03 > 第A02版：城事')).toEqual({ kind: 'navigation', fields: { date: '2024-06-03', pageLabel: 'A2', pageName: '城事' } })
    expect(readFurniture('某某日报 2024年06月03日 第03版：要闻 上一版 下一版')).toEqual({ kind: 'navigation', fields: { paper: '某某日报', date: '2024-06-03', pageNumber: 3, pageName: '要闻' } })
    expect(readFurniture('某某日报数字报 上一期 下一期')).toEqual({ kind: 'navigation', fields: { paper: '某某日报' } })
    expect(readFurniture('上一版 大桥建成通车 下一版')).toBeUndefined()
  })

  it('takes a line listing the issue\'s pages for a page list, which names no page of its own', () => {
    expect(readFurniture('01版：要闻 02版：要闻 03版：综合')).toEqual({ kind: 'pageList', fields: {} })
    expect(readFurniture('版面导航：A01版：要闻 A02版：城事')).toEqual({ kind: 'pageList', fields: {} })
    expect(readFurniture('第01版 要闻 第02版 经济')).toEqual({ kind: 'pageList', fields: {} })
    // A supplement's pages, coded with two letters and named with a middle dot
    expect(readFurniture('SZ01版:城市周刊·头版 SZ02版:城市周刊·人物')).toEqual({ kind: 'pageList', fields: {} })
    // The site's "you are here" label before its home link, worded politely
    expect(readFurniture('您当前的位置：首页')).toEqual({ kind: 'navigation', fields: {} })
  })

  it('reads paper, date and page from footers', () => {
    expect(readFurniture('《人民日报》（2024年06月03日 第04版）')).toEqual({ kind: 'footer', fields: { paper: '人民日报', date: '2024-06-03', pageNumber: 4 } })
    expect(readFurniture('浙江日报 2024年06月03日 第3版')).toEqual({ kind: 'footer', fields: { paper: '浙江日报', date: '2024-06-03', pageNumber: 3 } })
    expect(readFurniture('某某日报 2024-06-03 a0008版')).toEqual({ kind: 'footer', fields: { paper: '某某日报', date: '2024-06-03', pageLabel: 'A8' } })
  })

  it('reads paper and date from a footer repeating the article\'s record, and no footer from prose', () => {
    expect(readFurniture('某某日报 文化·体育 00014 城市上空 惊艳一跳 2013-07-24 3119023 2 2013年07月24日 星期三')).toEqual({ kind: 'footer', fields: { paper: '某某日报', date: '2013-07-24', weekday: '星期三' } })
    // A title with a comma, and the site's ids joined by semicolons, inside the record's shape.
    expect(readFurniture('某某老年报 头版 a0001 “彩虹岛”上，幸福底色 2023-08-22 某某老年报2023-08-2200017;26093684;某某老年报2023-08-2200020 2 2023年08月22日 星期二')).toEqual({
      kind: 'footer',
      fields: { paper: '某某老年报', date: '2023-08-22', weekday: '星期二' },
    })
    expect(readFurniture('某某日报 文化·体育 00014 城市上空 惊艳一跳 3119023 2')).toBeUndefined()
    expect(readFurniture('会上，2023-08-22发布的方案得到通过，时间是2023年08月22日 星期二')).toBeUndefined()
    expect(readFurniture('某某日报2013年7月24日发表文章，阐述了有关情况')).toBeUndefined()
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

describe('an archive database’s record view', () => {
  const record = [
    '返回概览 <<上一记录 下一记录>> 打印预览 下载记录',
    '',
    '【日期】= 1990.03.18',
    '【期号】= 212',
    '【标题】= 某某乡里刮春风',
    '【版次】= 01',
    '【版名】=',
    '【作者】= 张某某',
    '【正文】=',
    '',
    '某某乡里刮春风',
    '',
    '张某某  (1990.03.18)',
    '',
    '某某乡里刮春风',
    '本报记者 张某某',
    '春风拂面，暖意融融。3月15日上午，某某乡党委会议室里正在开会。',
    '全乡群众决心艰苦创业，尽快脱贫致富。',
  ].join('\n')

  it('reads the record’s fields as the page’s metadata and its navigation as furniture', () => {
    expect(readFurniture('【日期】= 1990.03.18')?.fields).toEqual({ date: '1990-03-18' })
    expect(readFurniture('【期号】= 212')?.fields).toEqual({ serial: 212 })
    expect(readFurniture('【版次】= 01')?.fields).toEqual({ pageNumber: 1 })
    expect(readFurniture('【正文】=')).toBeDefined()
    expect(readFurniture('返回概览 <<上一记录 下一记录>> 打印预览 下载记录')?.kind).toBe('navigation')
    // The text itself after the label is no field.
    expect(readFurniture('【正文】= 春风拂面，暖意融融。3月15日上午，某某乡党委会议室里正在开会，全乡群众决心艰苦创业。')).toBeUndefined()
    expect(readFurniture('【某某】= 1990.03.18')).toBeUndefined()
  })

  it('files one story, its listing above it (title, author and day) kept as furniture, with no warning', () => {
    const { page, problems } = ingestPage('p1.txt', new TextEncoder().encode(record))
    expect(page?.meta).toMatchObject({ date: '1990-03-18', serial: 212, pageNumber: 1 })
    const stories = page!.articles.filter((a) => a.kind !== 'masthead')
    expect(stories).toHaveLength(1)
    expect(stories[0]).toMatchObject({ kind: 'news', title: '某某乡里刮春风', authors: [{ name: '张某某', role: 'reporter' }] })
    expect(stories[0]?.paragraphs.join('')).toMatch(/^春风拂面.*致富。$/)
    expect(problems).toEqual([])
    expect(missingCharacters(record, pageSourceTexts(page!)).size).toBe(0)
  })
})

describe('readFurniture: a site’s list copied with its numbers, and its address', () => {
  it('reads the line behind a list number as it would read it alone', () => {
    expect(readFurniture('  2. 3上一期  下一期4')?.kind).toBe('navigation')
    expect(readFurniture('3. 按日期查找')?.kind).toBe('navigation')
    // A numbered point of a story is no furniture.
    expect(readFurniture('1. 坚持以人民为中心的发展思想')).toBeUndefined()
  })

  it('takes the site’s address, alone or with its name, for its header', () => {
    expect(readFurniture('http://www.example.cn          某某网')?.kind).toBe('header')
    expect(readFurniture('www.example.com.cn')?.kind).toBe('header')
    expect(readFurniture('详情请登录http://www.example.cn查询')).toBeUndefined()
  })
})

describe('readFurniture: more sites\' shapes', () => {
  it.each([
    ['当前版: 01版 上一版  下一版', { pageNumber: 1 }],
    ['当前版:04版', { pageNumber: 4 }],
    ['前一版 下一版 2024年06月03日', { date: '2024-06-03' }],
    ['下一版»本期共4版(1-2-3-4)', {}],
    ['«上一版 下一版»本期共4版, 当前第3版 PDF', { pageNumber: 3 }],
    ['手机终端下载:', {}],
    ['电子报阅读机', {}],
    ['当前位置:某某晚报2024年06月03日期 第A31版:新闻全球眼', { paper: '某某晚报', date: '2024-06-03', pageLabel: 'A31', pageName: '新闻全球眼' }],
    ['当前位置:某某日报 第2024-06-03期 第A1版:要闻', { paper: '某某日报', date: '2024-06-03', pageLabel: 'A1', pageName: '要闻' }],
    ['当前位置:某某晚报数字版', { paper: '某某晚报' }],
    ['当前报纸名称:某某日报', { paper: '某某日报' }],
    ['版面:第02版:本地       上一篇    下一篇', { pageNumber: 2, pageName: '本地' }],
    ['3上一篇  下一篇4 2024年6月3日 放大 缩小 默认', { date: '2024-06-03' }],
    ['第06版:社会经纬 上一版3  4下一版', { pageNumber: 6, pageName: '社会经纬' }],
    ['當前報章2024年06月03日', { date: '2024-06-03' }],
    ['本文字数:476', {}],
    ['字数 716字', {}],
    ['字数:', {}],
  ])('takes %s for navigation', (line, fields) => {
    expect(readFurniture(line)).toEqual({ kind: 'navigation', fields })
  })

  it('takes the day the site is read for navigation that names no date of the issue', () => {
    expect(readFurniture('您好!今天是2025年6月12日 星期四')).toEqual({ kind: 'navigation', fields: {} })
    expect(readFurniture('今天是2025年6月12日')).toEqual({ kind: 'navigation', fields: {} })
    expect(readFurniture('今天是个好日子，2025年6月12日我们出发。')).toBeUndefined()
  })

  it('takes a staff line for printed furniture, and letter-spaced or site copyright lines for copyright', () => {
    expect(readFurniture('版式设计：某某某')).toEqual({ kind: 'footer', fields: {} })
    expect(readFurniture('本版责编：甲乙丙  丁戊己  庚辛壬')).toEqual({ kind: 'footer', fields: { editor: '甲乙丙  丁戊己  庚辛壬' } })
    expect(readFurniture('内 容 版 权 归 某 某 报 社 所 有')?.kind).toBe('copyright')
    expect(readFurniture('版权声明 @ 某某网 网站版权所有 |')?.kind).toBe('copyright')
    expect(readFurniture('《 某某日报 》( 2024年06月03日 第 06 版 )')).toEqual({ kind: 'footer', fields: { paper: '某某日报', date: '2024-06-03', pageNumber: 6 } })
  })

  it('leaves headlines and prose with these words alone', () => {
    for (const line of [
      '新闻快报',
      '当前位置很关键',
      '当前形势下，下一版规划将于2024年6月3日公布。',
      '他说，上一版教材已经用了十年，下一版要改。',
      '本文字数不多但分量很重',
      '字数统计',
      '版式设计大赛开幕',
      '2024年6月3日，大桥正式通车。',
      '历史数字报',
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
  const articlesOf = (text: string) => segment(toUnits(text)).map((d) => buildArticle(d))

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

describe('the list of the page\'s headlines under 标题导航 or 本版新闻', () => {
  const articlesOf = (text: string) => segment(toUnits(text)).map((d) => buildArticle(d))
  const stories = ['大桥建成通车', '本报讯 大桥今天正式通车。', '夜校开课了', '本报讯 乡村夜校今天开课。']

  it('is navigation above the stories or below them, never a story\'s kicker and subtitle nor a banner', () => {
    for (const [text, furniture] of [
      [['本版新闻', '大桥建成通车', '夜校开课了', ...stories].join('\n\n'), [['本版新闻', '大桥建成通车', '夜校开课了']]],
      [[...stories, '标题导航\n大桥建成通车\n夜校开课了'].join('\n\n'), [['标题导航', '大桥建成通车', '夜校开课了']]],
    ] as const) {
      const articles = articlesOf(text)
      expect(articles.filter((a) => a.kind !== 'masthead').map((a) => [a.kind, a.kicker, a.title, a.subtitle, a.paragraphs])).toEqual([
        ['news', undefined, '大桥建成通车', undefined, ['大桥今天正式通车。']],
        ['news', undefined, '夜校开课了', undefined, ['乡村夜校今天开课。']],
      ])
      expect(articles.filter((a) => a.kind === 'masthead').map((a) => a.paragraphs)).toEqual(furniture)
    }
  })

  it('ends at a line the page does not print again', () => {
    const articles = articlesOf(['本版新闻', '大桥建成通车', '新桥连两岸', '本报讯 新桥今天合龙。', ...stories.slice(0, 2)].join('\n\n'))
    expect(articles.map((a) => [a.kind, a.title, a.subtitle, a.paragraphs])).toEqual([
      ['masthead', '', undefined, ['本版新闻', '大桥建成通车']],
      ['news', '新桥连两岸', undefined, ['新桥今天合龙。']],
      ['news', '大桥建成通车', undefined, ['大桥今天正式通车。']],
    ])
  })
})

describe('readPrinted', () => {
  it('reads the page label above a page list one entry per line, and no page from the list itself', () => {
    const list = ['01版：要闻', '02版：要闻', '03版：综合', '04版：城事']
    expect(readPrinted([['某某日报 数字报纸', '2024年06月03日 星期一', '00003版：综合', '版面导航', ...list]])).toEqual({
      fields: { paper: '某某日报', date: '2024-06-03', weekday: '星期一', pageNumber: 3, pageName: '综合' },
      epaper: true,
    })
    expect(readPrinted([['版面导航', ...list]]).fields).toEqual({})
    expect(readPrinted([['01版：要闻', ...list]]).fields).toEqual({ pageNumber: 1, pageName: '要闻' })
  })

  it('reads the paper from a footer when the page has no header, and takes a print masthead for no e-paper', () => {
    expect(readPrinted([['上一篇 下一篇'], ['《某某日报》（2024年06月03日 第05版）', '版权所有 ©某某日报社']])).toEqual({
      fields: { paper: '某某日报', date: '2024-06-03', pageNumber: 5 },
      epaper: true,
    })
    expect(readPrinted([['某某日报', '2024年5月6日 星期一 今日4版']])).toEqual({ fields: { paper: '某某日报', date: '2024-05-06', weekday: '星期一', pagesToday: 4 }, epaper: false })
  })
})

describe('an e-paper page end to end', () => {
  const PARKS = {
    title: '城东新建三座口袋公园',
    paragraphs: [
      '近日，城东街道新建的三座口袋公园正式向市民开放，公园内设有健身步道、儿童游乐区和休闲座椅，方便周边居民就近休闲健身。',
      '据了解，三座公园总面积约一万平方米，全部利用城市边角地改造而成，下一步将继续挖掘闲置地块，让市民推窗见绿、出门进园。',
    ],
  }
  const SCHOOL = {
    title: '乡村夜校开课了',
    paragraphs: [
      '连日来，南山村文化礼堂里灯火通明，乡村夜校首期课程吸引了六十多位村民参加，课程涵盖电商直播、茶叶种植和法律常识等内容。',
      '夜校负责人介绍，课程由镇里的农技员、律师和返乡创业青年轮流授课，每周开课两次，村民们表示在家门口就能学到实用本领。',
    ],
  }
  const header = ['某某日报 数字报纸', '2024年06月03日 星期一', '00003版：综合', '上一版  下一版  返回目录', '版面导航', '01版：要闻', '02版：要闻', '03版：综合', '04版：城事']
  const between = '<< 上一篇  下一篇 >>'
  const footer = ['某某日报 2024年06月03日 第03版', '版权所有 ©某某日报社', '浙ICP备12345678号']
  const story = (s: typeof PARKS, reporter: string) => [s.title, `本报讯（记者 ${reporter}）${s.paragraphs[0]}`, s.paragraphs[1] as string]
  const lines = [...header, ...story(PARKS, '张三'), between, ...story(SCHOOL, '李四'), ...footer]

  const read = (text: string) => {
    const { page, problems } = ingestPage('page.txt', new TextEncoder().encode(text))
    if (!page) throw new Error('no page')
    expect(missingCharacters([withoutMarkup(text)], pageSourceTexts(page))).toEqual(new Map())
    expect(problems).toEqual([])
    return page
  }
  const stories = (page: ReturnType<typeof read>) => page.articles.filter((a) => a.kind !== 'masthead').map((a) => ({ kind: a.kind, title: a.title, subtitle: a.subtitle, paragraphs: a.paragraphs }))
  const expected = [
    { kind: 'news', title: PARKS.title, subtitle: undefined, paragraphs: PARKS.paragraphs },
    { kind: 'news', title: SCHOOL.title, subtitle: undefined, paragraphs: SCHOOL.paragraphs },
  ]

  it('reads paper, date, page and page name from the site furniture, and keeps the furniture apart from the stories', () => {
    const page = read(lines.join('\n\n'))
    expect(page.meta).toMatchObject({ paper: '某某日报', date: '2024-06-03', weekday: '星期一', pageNumber: 3, pageName: '综合' })
    expect(page.meta.provenance).toMatchObject({ paper: 'masthead', date: 'masthead', pageNumber: 'masthead', pageName: 'masthead' })
    expect(stories(page)).toEqual(expected)
    expect(page.articles.filter((a) => a.kind === 'masthead').map((a) => a.paragraphs)).toEqual([header, [between], footer])
  })

  it('reads the same with furniture lines and headlines set against the paragraphs, and with the paragraphs hard-wrapped', () => {
    const [p1, p2] = PARKS.paragraphs as [string, string]
    const [s1, s2] = SCHOOL.paragraphs as [string, string]
    // Blank lines only between paragraphs: every furniture line touches a story's line.
    const blocks = [[...header, PARKS.title, `本报讯（记者 张三）${p1}`].join('\n'), [p2, between, SCHOOL.title, `本报讯（记者 李四）${s1}`].join('\n'), [s2, ...footer].join('\n')]
    const wrap = (block: string) => block.split('\n').flatMap((l) => (l.length > 30 ? (l.match(/.{1,30}/gu) ?? []) : [l])).join('\n')
    for (const text of [blocks.join('\n\n'), blocks.map(wrap).join('\n\n')]) {
      const page = read(text)
      expect(stories(page)).toEqual(expected)
      expect(page.meta).toMatchObject({ paper: '某某日报', date: '2024-06-03', pageNumber: 3, pageName: '综合' })
      expect(page.articles.filter((a) => a.kind === 'masthead').map((a) => a.paragraphs)).toEqual([header, [between], footer])
    }
  })

  it('reads a lettered page from the footer alone, and never infers the front page from a header and date every page carries', () => {
    const bottom = read([...story(PARKS, '张三'), '《某某日报》（2024年06月03日 第B02版）\n返回目录 往期回顾'].join('\n\n'))
    expect(bottom.meta).toMatchObject({ paper: '某某日报', date: '2024-06-03', pageLabel: 'B2', provenance: { paper: 'masthead', pageLabel: 'masthead' } })
    expect(stories(bottom)).toEqual([expected[0]])
    const unpaged = read(['某某日报电子版\n2024-06-03\n上一期 下一期', ...story(PARKS, '张三')].join('\n\n'))
    expect(unpaged.meta).toMatchObject({ paper: '某某日报', date: '2024-06-03' })
    expect(unpaged.meta.pageNumber).toBeUndefined()
  })
})

describe('furniture under a story\'s byline', () => {
  it('is kept as furniture before the story, which goes on below it', () => {
    const text = ['用巧思激活善意（纵横）', '郑伟生', '《人民日报》（2026年08月14日 第 05 版）', '　　最近，某景区为拾荒老人专门设置了一个饮料瓶兑换点，善意之举引来点赞。'].join('\n')
    const articles = ingestPage('page.txt', new TextEncoder().encode(text)).page?.articles ?? []
    expect(articles.map((a) => [a.kind, a.title, a.byline, a.paragraphs.length])).toEqual([
      ['masthead', '', undefined, 1],
      ['commentary', '用巧思激活善意（纵横）', '郑伟生', 1],
    ])
  })
})

describe('the issue\'s date against the site\'s day', () => {
  it('takes the date printed beside the page label over a date alone above it, and a lone date when no label has one', () => {
    expect(readPrinted([['2024年11月24日 星期日', '第1版:一版要闻 2023-10-02']]).fields).toMatchObject({ date: '2023-10-02', pageNumber: 1 })
    expect(readPrinted([['2024年06月03日 星期一', '第3版：要闻']]).fields).toMatchObject({ date: '2024-06-03', pageNumber: 3 })
  })
})

describe('more furniture shapes: spaced arrows, table borders, lost images, the line under a title', () => {
  it.each(['3 上一篇    下一篇 4 放大 缩小 默认', '返回版面 版面导航', '|', '||||', '![]() |', '下一篇4 |', '首版', '末版', '数字报首页', '文章标题', '文章作者'])('takes %s for navigation', (line) => {
    expect(readFurniture(line)).toEqual({ kind: 'navigation', fields: {} })
  })

  it('reads a page label among arrows, bars and lost images, and the path to the page', () => {
    expect(readFurniture('第A18版:城事新闻 | 上一版3 4下一版 | ![]() |')).toEqual({ kind: 'navigation', fields: { pageLabel: 'A18', pageName: '城事新闻' } })
    expect(readFurniture('首页 > 某某日报 > 体育 > 正文')).toEqual({ kind: 'navigation', fields: { paper: '某某日报', pageName: '体育' } })
  })

  it('reads the line under a title for the page\'s metadata and the article\'s author', () => {
    expect(readFurniture('刊发日期:2024-06-03 阅读次数: 作者:王小明  语音阅读:')).toEqual({
      kind: 'articleInfo',
      fields: { date: '2024-06-03' },
      authors: [{ name: '王小明', role: 'author' }],
    })
    expect(readFurniture('某某日报 要闻    时间:2024年06月03日    来源:某某日报')).toEqual({ kind: 'articleInfo', fields: { paper: '某某日报', date: '2024-06-03' } })
  })

  it('reads a date then the paper\'s name as a header, the date only when the day is plain', () => {
    expect(readFurniture('2024年06月03日 某某日报')).toEqual({ kind: 'footer', fields: { date: '2024-06-03', paper: '某某日报' } })
    expect(readFurniture('13_08_2022某某日報')).toEqual({ kind: 'footer', fields: { date: '2022-08-13', paper: '某某日報' } })
    expect(readFurniture('08_13_2022某某日報')).toEqual({ kind: 'footer', fields: { date: '2022-08-13', paper: '某某日報' } })
    expect(readFurniture('09_08_2022某某日報')).toEqual({ kind: 'footer', fields: { paper: '某某日報' } })
    expect(readFurniture('2024年 某某日报')).toBeUndefined()
  })

  it('leaves a blank line, a caption\'s fields and a lone bar of prose alone', () => {
    for (const line of ['', '   ', '时间:6月3日上午', '| 大桥建成通车 |']) expect(readFurniture(line), line).toBeUndefined()
  })
})

describe('readPrinted: page lists and page labels', () => {
  it('reads a page list whose pages share a number, and takes the page\'s name from the list', () => {
    const list = ['第01版:头版', '第01版:重要', '第02版:城事', '第03版:壮丽山河 奋斗时代', '第04-05版:特别报道', '第06版:民生']
    expect(readPrinted([['版面导航', ...list, '当前版:06版']]).fields).toEqual({ pageNumber: 6, pageName: '民生' })
    expect(readPrinted([['版面导航', ...list, '当前版:02版']]).fields).toEqual({ pageNumber: 2, pageName: '城事' })
  })

  it('reads a page number or label alone on the page\'s first line, and no number alone below it', () => {
    expect(readPrinted([['02', '某某日报']]).fields).toEqual({ pageNumber: 2, paper: '某某日报' })
    expect(readPrinted([['WB02']]).fields).toEqual({ pageLabel: 'WB2' })
    expect(readPrinted([['某某日报', '640']]).fields).toEqual({ paper: '某某日报' })
  })
})

describe('the line under a title on a page', () => {
  const body = '　　近日，城东街道新建的三座口袋公园正式向市民开放，公园内设有健身步道、儿童游乐区和休闲座椅，方便周边居民就近休闲健身。'
  const read = (lines: string[]) => {
    const text = lines.join('\n')
    const page = ingestPage('page.txt', new TextEncoder().encode(text)).page
    if (!page) throw new Error('no page')
    expect(missingCharacters([withoutMarkup(text)], pageSourceTexts(page))).toEqual(new Map())
    return page
  }
  const stories = (page: ReturnType<typeof read>) => page.articles.filter((a) => a.kind !== 'masthead').map((a) => [a.kicker, a.title, a.subtitle, a.authors.map((x) => x.name), a.paragraphs.length])

  it('is furniture under the title, not a subtitle: the page\'s paper and date, and the author it names', () => {
    const page = read(['某某日报 数字报纸', '上一版  下一版', '', '城东新建三座口袋公园', '某某日报 要闻    时间:2024年06月03日    来源:某某日报', body])
    expect(page.meta).toMatchObject({ paper: '某某日报', date: '2024-06-03' })
    expect(stories(page)).toEqual([[undefined, '城东新建三座口袋公园', undefined, [], 1]])
    const named = read(['A3:某某*要闻总第2472期 >2024-06-03编印', '', '城东新建三座口袋公园', '刊发日期:2024-06-03 阅读次数: 作者:王小明  语音阅读:语音阅读', body])
    expect(named.meta).toMatchObject({ date: '2024-06-03', pageLabel: 'A3', pageName: '要闻' })
    expect(stories(named)).toEqual([[undefined, '城东新建三座口袋公园', undefined, ['王小明'], 1]])
  })

  it('keeps what a copy leaves of a web page’s markup ("> on a line of its own) as furniture, never a headline', () => {
    const page = read(['城东新建三座口袋公园', '', '版面:第A10版:11·8记者节       上一篇    下一篇', '', '">', '', body])
    expect(page.meta).toMatchObject({ pageLabel: 'A10', pageName: '11·8记者节' })
    expect(stories(page)).toEqual([[undefined, '城东新建三座口袋公园', undefined, [], 1]])
  })

  it('reads the page’s metadata from the line under a title when a credit line follows it in the byline', () => {
    const page = read(['城东新建三座口袋公园', '', '来源:某某晚报     2021年04月18日        版次:A07    栏目:●随手拍    作者:王小明', '', '□图/ 李四  文/王小明', '', body])
    expect(page.meta).toMatchObject({ paper: '某某晚报', date: '2021-04-18', pageLabel: 'A7' })
  })

  it('takes a site\'s lone fields under the title (日期:06-03, 字号:) for furniture, and the names before the word count for the byline', () => {
    const page = read(['当前报纸名称:某某日报', '', '城东新建三座口袋公园', '', '日期:06-03', '字号:', '版面:第02版:本地       上一篇    下一篇', '', body])
    expect(page.meta).toMatchObject({ paper: '某某日报', pageNumber: 2, pageName: '本地' })
    expect(stories(page)).toEqual([[undefined, '城东新建三座口袋公园', undefined, [], 1]])
    const counted = read(['城东新建三座口袋公园', '', '王小明 李四 字数: 1500字', '', '《 某某日报 》( 2024年06月03日 第 06 版 )', '', body])
    expect(stories(counted)).toEqual([[undefined, '城东新建三座口袋公园', undefined, ['王小明', '李四'], 1]])
  })

  it('leaves the title to its story when the site\'s tools and source stand between it and the prose', () => {
    const page = read(['当前位置:某某晚报数字版', '3 上一篇    下一篇 4 放大 缩小 默认', '□城东新建三座口袋公园', '  • 2024年06月03日  来源:某某晚报', '  • 【PDF版】', body])
    expect(page.meta).toMatchObject({ paper: '某某晚报', date: '2024-06-03' })
    expect(stories(page)).toEqual([[undefined, '□城东新建三座口袋公园', undefined, [], 1]])
  })

  it('takes a page label set as a Markdown heading for the page\'s, and a lone page number on the first line', () => {
    const page = read(['某某日报  2024年06月03日', '', '## 第08版 国际', '', '# 城东新建三座口袋公园', '', body])
    expect(page.meta).toMatchObject({ pageNumber: 8, pageName: '国际' })
    expect(stories(page)).toEqual([[undefined, '城东新建三座口袋公园', undefined, [], 1]])
    const numbered = read(['02', '', '城东新建三座口袋公园', '', body])
    expect(numbered.meta.pageNumber).toBe(2)
    expect(stories(numbered)).toEqual([[undefined, '城东新建三座口袋公园', undefined, [], 1]])
  })
})

describe('a site\'s record left in the copied text', () => {
  const record = '2024-06-03 1 1 某某日报 content_12345.html 1 城东新建三座口袋公园 /siteproperty-->'
  const body = '　　近日，城东街道新建的三座口袋公园正式向市民开放，公园内设有健身步道、儿童游乐区和休闲座椅，方便周边居民就近休闲健身。'

  it('is furniture that gives the page\'s date and paper', () => {
    expect(readFurniture(record)).toEqual({ kind: 'navigation', fields: { paper: '某某日报', date: '2024-06-03' } })
    expect(readFurniture('注释结束 -->')).toBeUndefined()
  })

  it('is furniture, with the page\'s date, when it opens with the article\'s number and a date and time', () => {
    expect(readFurniture('585952 2024-06-03 00:00:00 一 城东新建三座口袋公园KeywordPh')).toEqual({ kind: 'navigation', fields: { date: '2024-06-03' } })
    const page = ingestPage('page.txt', new TextEncoder().encode(['城东新建三座口袋公园', body, '', '585952 2024-06-03 00:00:00 一 城东新建三座口袋公园'].join('\n'))).page
    expect(page?.meta).toMatchObject({ date: '2024-06-03' })
    expect(page?.articles.map((a) => [a.kind, a.title])).toEqual([['news', '城东新建三座口袋公园'], ['masthead', '']])
    // A sentence opening with a figure and a date is prose.
    expect(readFurniture('3 2024-06-03 起，城东新建的三座口袋公园向市民开放。')).toBeUndefined()
  })

  it('reads the same when a hard wrap has cut it into lines', () => {
    const wrapped = (record.match(/.{1,18}/gu) ?? []).join('\n')
    for (const text of [['城东新建三座口袋公园', body, '', record].join('\n'), ['城东新建三座口袋公园', body, '', wrapped].join('\n')]) {
      const page = ingestPage('page.txt', new TextEncoder().encode(text)).page
      expect(page?.meta).toMatchObject({ paper: '某某日报', date: '2024-06-03' })
      expect(page?.articles.map((a) => [a.kind, a.title, a.paragraphs])).toEqual([
        ['news', '城东新建三座口袋公园', [body.trim()]],
        ['masthead', '', [record]],
      ])
    }
  })
})
